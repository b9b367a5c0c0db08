import { CloseButton, Group, Loader, SegmentedControl, Stack, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'wouter'
import { fold, searchLibrary } from '../../../../shared/content/search'
import { ApiError, isTransportError } from '../../api/client'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageHeader } from '../../components/PageHeader'
import { useLanguage } from '../../hooks/useLanguage'
import { ImportPackButton } from './ImportPackButton'
import { ItemView } from './ItemView'
import type { ReadingMode } from './reading'
import classes from './Library.module.css'
import { OwnItemForm } from './OwnItemForm'
import { SearchPanel } from './SearchPanel'
import { TableOfContents } from './TableOfContents'
import { useLibraryChange } from '../../api/library'
import { useLibraryData } from './useLibrary'

export function LibraryPage() {
  const { t } = useTranslation()
  const uiLang = useLanguage()
  const params = useParams<{ ref?: string }>()
  const [, navigate] = useLocation()
  const deleteOwn = useLibraryChange('own-items:delete')
  const [query, setQuery] = useState('')
  const [debounced] = useDebouncedValue(query, 120)
  // Once someone has searched, keep the index for the rest of the visit.
  const [searched, setSearched] = useState(false)
  const data = useLibraryData(searched)
  const [scope, setScope] = useState<'current' | 'all'>('current')
  const [reading, setReading] = useState<ReadingMode>({ mode: 'single' })
  const [ownForm, setOwnForm] = useState<{ editing: boolean } | null>(null)
  const [confirmingDelete, setConfirmingDelete] = useState(false)

  const firstRef = data.packs?.[0]
    ? `${data.packs[0].pack.id}:${data.packs[0].pack.items.find((i) => i.kind === 'note')?.id ?? data.packs[0].pack.items[0]?.id}`
    : null
  const ref = params.ref ? decodeURIComponent(params.ref) : firstRef
  const entry = ref ? data.byRef.get(ref) : undefined
  const hits = useMemo(
    () =>
      data.index && debounced
        ? searchLibrary(data.index, debounced, scope === 'all' ? 'all' : uiLang, { prefer: uiLang })
        : [],
    [data.index, debounced, scope, uiLang]
  )
  const terms = useMemo(
    () =>
      fold(debounced)
        .split(/\s+/)
        .filter((w) => w.length > 1),
    [debounced]
  )

  return (
    <>
      <PageHeader title={t('library.title')} description={t('library.subtitle')} />
      {data.error ? (
        isTransportError(data.error) ? null : (
          <ErrorAlert error={data.error} />
        )
      ) : data.loading || !data.packs ? (
        <Loader role="status" aria-label={t('app.loading')} />
      ) : (
        <div className={classes.layout}>
          <aside className={classes.sidebar}>
            <Stack gap="sm">
              <TextInput
                type="search"
                aria-label={t('library.search.label')}
                placeholder={t('library.search.placeholder')}
                leftSection={<IconSearch size={16} aria-hidden />}
                value={query}
                onChange={(e) => {
                  setQuery(e.currentTarget.value)
                  setSearched(true)
                }}
                onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
                rightSection={
                  query ? (
                    <CloseButton
                      size="sm"
                      aria-label={t('library.search.clear')}
                      onClick={() => setQuery('')}
                    />
                  ) : null
                }
              />
              <SegmentedControl
                size="xs"
                fullWidth
                aria-label={t('library.search.scope')}
                value={scope}
                onChange={(v) => setScope(v === 'all' ? 'all' : 'current')}
                data={[
                  { value: 'current', label: t('library.search.current') },
                  { value: 'all', label: t('library.search.all') }
                ]}
              />
              {debounced ? (
                <SearchPanel
                  hits={hits}
                  query={debounced}
                  onOpen={(hit) => {
                    if (hit.lang !== uiLang && hit.kind !== 'yours')
                      setReading({ mode: 'side-by-side', left: hit.lang })
                    navigate(`/library/${hit.ref}`)
                  }}
                />
              ) : (
                <TableOfContents
                  packs={data.packs}
                  ownItems={data.ownItems}
                  current={ref}
                  lang={uiLang}
                  onAddOwn={() => setOwnForm({ editing: false })}
                />
              )}
              <Group justify="center">
                <ImportPackButton />
              </Group>
            </Stack>
          </aside>
          <section aria-label={t('library.reader')}>
            {entry ? (
              <ItemView
                entry={entry}
                uiLang={uiLang}
                reading={reading}
                onReading={setReading}
                annotation={data.annotations.get(entry.ref)}
                terms={terms}
                onEditOwn={() => setOwnForm({ editing: true })}
                onDeleteOwn={() => {
                  deleteOwn.reset()
                  setConfirmingDelete(true)
                }}
              />
            ) : (
              <ErrorAlert error={new ApiError({ code: 'library/not-found', message: 'unknown item' })} />
            )}
          </section>
        </div>
      )}
      {entry?.type === 'own' && (
        <ConfirmDialog
          opened={confirmingDelete}
          title={t('library.own.deleteTitle')}
          message={t('library.own.confirmDelete', { title: entry.own.title })}
          confirmLabel={t('library.own.deleteConfirm')}
          destructive
          loading={deleteOwn.isPending}
          error={deleteOwn.error}
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() =>
            deleteOwn.mutate(
              { id: entry.own.id },
              {
                onSuccess: () => {
                  setConfirmingDelete(false)
                  navigate('/library')
                }
              }
            )
          }
        />
      )}
      {ownForm && (
        <OwnItemForm
          opened
          onClose={() => setOwnForm(null)}
          {...(ownForm.editing && entry?.type === 'own' ? { item: entry.own } : {})}
          onSaved={(saved) => {
            setOwnForm(null)
            navigate(`/library/yours:${saved.id}`)
          }}
        />
      )}
    </>
  )
}
