import { MultiSelect, NumberInput, Stack, TextInput, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../shared/limits'
import type { AgendaBlock } from '../../../../shared/planning/session'
import { useLinkOptions } from '../library/useLinkOptions'
import { FormActions } from '../../components/FormActions'
import { AppModal } from '../../components/AppModal'

/** Everything about one block: notes, materials, day, and links to the note's items or your own. */
export function BlockDetails({
  block,
  onClose,
  onSave
}: {
  block: AgendaBlock
  onClose: () => void
  onSave: (patch: Partial<AgendaBlock>) => void
}) {
  const { t } = useTranslation()
  const { groups: options } = useLinkOptions()
  const [draft, setDraft] = useState(block)
  const [touched, setTouched] = useState(false)
  return (
    <AppModal opened onClose={onClose} title={t('sessions.block.title', { title: block.title })} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          setTouched(true)
          if (!draft.title.trim()) return
          onSave({
            title: draft.title.trim(),
            notes: draft.notes,
            materials: draft.materials,
            day: draft.day,
            links: draft.links
          })
        }}
      >
        <Stack>
          <TextInput
            label={t('sessions.block.name')}
            required
            maxLength={LIMITS.block.title}
            value={draft.title}
            error={touched && !draft.title.trim() ? t('sessions.errors.titleRequired') : null}
            onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
          />
          <Textarea
            label={t('sessions.block.notes')}
            autosize
            minRows={3}
            maxLength={LIMITS.block.notes}
            value={draft.notes}
            onChange={(e) => setDraft({ ...draft, notes: e.currentTarget.value })}
          />
          <Textarea
            label={t('sessions.block.materials')}
            autosize
            minRows={2}
            maxLength={LIMITS.block.materials}
            value={draft.materials}
            onChange={(e) => setDraft({ ...draft, materials: e.currentTarget.value })}
          />
          <NumberInput
            label={t('sessions.block.day')}
            min={1}
            max={LIMITS.block.days}
            allowDecimal={false}
            clampBehavior="strict"
            value={draft.day}
            onChange={(v) => typeof v === 'number' && setDraft({ ...draft, day: v })}
            w={120}
          />
          <MultiSelect
            label={t('sessions.block.links')}
            description={t('sessions.block.linksHelp')}
            data={options}
            value={draft.links}
            maxValues={20}
            searchable
            clearable
            nothingFoundMessage={t('library.search.none', { query: '' })}
            onChange={(links) => setDraft({ ...draft, links })}
          />
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  )
}
