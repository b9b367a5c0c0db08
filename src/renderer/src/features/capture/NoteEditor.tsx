import { Group, NativeSelect, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CONSENT_FLAGS, NOTE_TYPES, type Note } from '../../../../shared/planning/capture'
import { hashtags } from '../../../../shared/planning/capture-filter'
import { LIMITS } from '../../../../shared/limits'
import { FormActions } from '../../components/FormActions'

/** Fix a note after the fact: its words, type, speaker and consent. Escape or Cancel leaves it as it was. */
export function NoteEditor({
  note,
  onSave,
  onCancel
}: {
  note: Note
  onSave: (patch: Pick<Note, 'type' | 'text' | 'speaker' | 'consent' | 'tags'>) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState({
    text: note.text,
    type: note.type,
    speaker: note.speaker ?? '',
    consent: note.consent
  })
  const empty = draft.text.trim() === ''
  return (
    <form
      noValidate
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      onSubmit={(e) => {
        e.preventDefault()
        if (empty) return
        const text = draft.text.trim()
        onSave({
          text,
          type: draft.type,
          consent: draft.consent,
          speaker: draft.consent === 'anonymous' ? null : draft.speaker.trim() || null,
          tags: [...new Set([...note.tags, ...hashtags(text)])].slice(0, LIMITS.note.tags)
        })
      }}
    >
      <Stack gap="xs">
        <TextInput
          autoFocus
          label={t('capture.editText')}
          dir="auto"
          value={draft.text}
          maxLength={LIMITS.note.text}
          error={empty ? t('capture.editEmpty') : undefined}
          onChange={(e) => setDraft({ ...draft, text: e.currentTarget.value })}
        />
        <Group grow>
          <NativeSelect
            label={t('capture.editType')}
            value={draft.type}
            onChange={(e) => setDraft({ ...draft, type: e.currentTarget.value as Note['type'] })}
            data={NOTE_TYPES.map((nt) => ({ value: nt, label: t(`capture.types.${nt}`) }))}
          />
          <TextInput
            label={t('capture.speaker')}
            value={draft.speaker}
            maxLength={LIMITS.note.speaker}
            disabled={draft.consent === 'anonymous'}
            onChange={(e) => setDraft({ ...draft, speaker: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('capture.consent')}
            value={draft.consent}
            onChange={(e) => setDraft({ ...draft, consent: e.currentTarget.value as Note['consent'] })}
            data={CONSENT_FLAGS.map((c) => ({ value: c, label: t(`capture.consents.${c}`) }))}
          />
        </Group>
        <FormActions onCancel={onCancel} />
      </Stack>
    </form>
  )
}
