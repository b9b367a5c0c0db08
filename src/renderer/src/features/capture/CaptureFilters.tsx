import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core'
import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { CONSENT_FLAGS, NOTE_TYPES, type Note } from '../../../../shared/planning/capture'
import { ANY, type NoteFilters } from '../../../../shared/planning/capture-filter'
import type { AgendaBlock } from '../../../../shared/planning/session'

/**
 * Narrow the list by type, block, consent, tag or linked item, and search its text. The tag and
 * link choices are gathered from the notes once per change to them, not once per keystroke.
 */
export const CaptureFilters = memo(function CaptureFilters({
  captures,
  blocks,
  value,
  onChange,
  labelOf
}: {
  captures: readonly Note[]
  blocks: readonly AgendaBlock[]
  value: NoteFilters
  onChange: (next: NoteFilters) => void
  labelOf: (ref: string) => string
}) {
  const { t } = useTranslation()
  const set = <K extends keyof NoteFilters>(key: K, v: NoteFilters[K]) => onChange({ ...value, [key]: v })
  const tags = useMemo(() => [...new Set(captures.flatMap((n) => n.tags))].sort(), [captures])
  const links = useMemo(() => [...new Set(captures.flatMap((n) => n.links))], [captures])
  const all = { value: ANY, label: t('capture.filters.any') }
  return (
    // Three to a row: six filters side by side truncated their labels and values in Spanish and French.
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" verticalSpacing="xs">
      <NativeSelect
        size="xs"
        label={t('capture.filter')}
        value={value.type}
        onChange={(e) => set('type', e.currentTarget.value as NoteFilters['type'])}
        data={[
          { value: ANY, label: t('capture.all') },
          ...NOTE_TYPES.map((nt) => ({ value: nt, label: t(`capture.types.${nt}`) }))
        ]}
      />
      <NativeSelect
        size="xs"
        label={t('capture.filters.block')}
        value={value.blockId}
        onChange={(e) => set('blockId', e.currentTarget.value)}
        data={[
          all,
          ...blocks.map((b) => ({ value: b.id, label: b.title })),
          { value: '', label: t('capture.filters.noBlock') }
        ]}
      />
      <NativeSelect
        size="xs"
        label={t('capture.consent')}
        aria-label={t('capture.filters.byConsent')}
        value={value.consent}
        onChange={(e) => set('consent', e.currentTarget.value as NoteFilters['consent'])}
        data={[all, ...CONSENT_FLAGS.map((c) => ({ value: c, label: t(`capture.consents.${c}`) }))]}
      />
      <NativeSelect
        size="xs"
        label={t('capture.filters.tag')}
        value={value.tag}
        onChange={(e) => set('tag', e.currentTarget.value)}
        data={[all, ...tags.map((tag) => ({ value: tag, label: `#${tag}` }))]}
      />
      <NativeSelect
        size="xs"
        label={t('capture.filters.link')}
        value={value.link}
        onChange={(e) => set('link', e.currentTarget.value)}
        data={[all, ...links.map((ref) => ({ value: ref, label: labelOf(ref) }))]}
      />
      <TextInput
        size="xs"
        type="search"
        label={t('capture.search')}
        value={value.query}
        onChange={(e) => set('query', e.currentTarget.value)}
      />
    </SimpleGrid>
  )
})
