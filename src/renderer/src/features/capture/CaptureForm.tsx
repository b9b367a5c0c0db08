import { Chip, Combobox, Group, Stack, TextInput, useCombobox } from '@mantine/core'
import { useEffect, useState, type RefObject } from 'react'
import { fold } from '../../../../shared/content/search'
import { completeTag, suggestTags, tagFragment } from '../../../../shared/insights/tags'
import { useTags } from '../../api/insights'
import { useTranslation } from 'react-i18next'
import { NOTE_TYPES, type NoteType } from '../../../../shared/planning/capture'
import { hashtags } from '../../../../shared/planning/capture-filter'
import { LIMITS } from '../../../../shared/limits'
import { useSessionChange } from '../../api/sessions'
import { useUnsavedWork } from '../../api/unsaved-work'
import { ErrorAlert } from '../../components/ErrorAlert'
import type { CaptureSettings } from './useCaptureSettings'

/**
 * The capture field and its note type. What is being typed lives here and only here, so a
 * keystroke renders this form and nothing else (not the list of notes under it).
 * Ctrl/Cmd+1…8 picks the note type and Ctrl/Cmd+9 switches Internal on and off.
 */
export function CaptureForm({
  sessionId,
  blockId,
  settings,
  inputRef,
  onCapture
}: {
  sessionId: string
  blockId: string | null
  settings: CaptureSettings
  inputRef: RefObject<HTMLInputElement | null>
  /** A note was sent: the list scrolls back to its top, where the note will appear. */
  onCapture: () => void
}) {
  const { t } = useTranslation()
  const add = useSessionChange(sessionId, 'captures:add')
  const [text, setText] = useState('')
  const [type, setType] = useState<NoteType>('insight')
  const [caret, setCaret] = useState(0)
  // Typing "#" offers the notebook's tags; Arrow keys choose one, Enter takes it (Enter alone still sends).
  const fragment = tagFragment(text, caret)
  const tags = useTags(fragment !== null)
  const suggestions = fragment ? suggestTags(tags.data ?? [], fragment.typed, fold) : []
  const combobox = useCombobox()
  const take = (tag: string) => {
    const next = completeTag(text, caret, tag)
    setText(next.text)
    setCaret(next.caret)
    combobox.resetSelectedOption()
    requestAnimationFrame(() => inputRef.current?.setSelectionRange(next.caret, next.caret))
  }

  const { toggleInternal } = settings
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !/^[1-9]$/.test(e.key)) return
      e.preventDefault()
      if (e.key === '9') toggleInternal()
      else setType(NOTE_TYPES[Number(e.key) - 1]!)
      inputRef.current?.focus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [toggleInternal, inputRef])

  const send = () => {
    const value = text.trim()
    if (!value) return
    // The field clears at once, so the next note can be typed while this one is written;
    // if it is refused, its text comes back (never over what was typed since).
    setText('')
    add.mutate(
      {
        type,
        text: value,
        blockId,
        speaker: settings.speaker.trim() || null,
        consent: settings.consent,
        links: settings.links,
        tags: hashtags(value)
      },
      { onError: () => setText((current) => (current === '' ? value : `${value} ${current}`)) }
    )
    onCapture()
  }
  // Locking the notebook captures what is typed rather than dropping it with the screen.
  useUnsavedWork(text.trim() !== '', send)

  return (
    <>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          send()
          inputRef.current?.focus()
        }}
      >
        <Stack gap="xs">
          <Chip.Group multiple={false} value={type} onChange={(v) => setType(v as NoteType)}>
            <Group gap={6} role="radiogroup" aria-label={t('capture.type')}>
              {NOTE_TYPES.map((nt, i) => (
                <Chip key={nt} value={nt} size="xs" variant="outline">
                  {t(`capture.types.${nt}`)} · {i + 1}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <Combobox store={combobox} onOptionSubmit={take} withinPortal={false}>
            <Combobox.Target>
              <TextInput
                ref={inputRef}
                autoFocus
                size="lg"
                label={t('capture.input', { type: t(`capture.types.${type}`) })}
                description={`${t('capture.help')} ${t(`capture.consents.${settings.consent}`)}.`}
                maxLength={LIMITS.note.text}
                value={text}
                onChange={(e) => {
                  setText(e.currentTarget.value)
                  setCaret(e.currentTarget.selectionStart ?? e.currentTarget.value.length)
                  combobox.openDropdown()
                }}
                onBlur={() => combobox.closeDropdown()}
                onSelect={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
                data-testid="capture-input"
                dir="auto"
              />
            </Combobox.Target>
            {suggestions.length > 0 && (
              <Combobox.Dropdown aria-label={t('capture.tagSuggestions')}>
                <Combobox.Options>
                  {suggestions.map((tag) => (
                    <Combobox.Option value={tag} key={tag}>
                      #{tag}
                    </Combobox.Option>
                  ))}
                </Combobox.Options>
              </Combobox.Dropdown>
            )}
          </Combobox>
          <button type="submit" hidden />
        </Stack>
      </form>
      {add.error && <ErrorAlert error={add.error} />}
    </>
  )
}
