import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CONSENT_FLAGS, NOTE_TYPES } from '../../../../shared/planning/capture'
import { ANY, type NoteFilters } from '../../../../shared/planning/capture-filter'
import type { Session } from '../../../../shared/planning/session'

/** Narrow the list by type, block, consent, tag or linked item, and search its text. */
export function CaptureFilters({
  session,
  value,
  onChange,
  labelOf
}: {
  session: Session
  value: NoteFilters
  onChange: (next: NoteFilters) => void
  labelOf: (ref: string) => string
}) {
  const { t } = useTranslation()
  const set = <K extends keyof NoteFilters>(key: K, v: NoteFilters[K]) => onChange({ ...value, [key]: v })
  const tags = [...new Set(session.captures.flatMap((n) => n.tags))].sort()
  const links = [...new Set(session.captures.flatMap((n) => n.links))]
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
          ...session.blocks.map((b) => ({ value: b.id, label: b.title })),
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
}
