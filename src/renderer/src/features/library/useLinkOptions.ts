import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../hooks/useLanguage'
import { GROUP_ORDER } from './TableOfContents'
import { useLibraryData } from './useLibrary'
import { localizedText } from '../../../../shared/content/localized'

/** Items a block or a note can link to, grouped as in the Library: the note's items, then your own. */
export function useLinkOptions() {
  const { t } = useTranslation()
  const lang = useLanguage()
  const { packs, ownItems: own } = useLibraryData(false)
  // Stable while the Library is: memoised lists and notes compare `labelOf` by identity.
  const ownItems = own.length > 0 ? own : NO_ITEMS
  return useMemo(() => {
    const groups = [
      ...(packs ?? []).flatMap(({ pack }) =>
        GROUP_ORDER.map((kind) => ({
          group: t(`library.groups.${kind}`),
          items: pack.items
            .filter((i) => i.kind === kind)
            .map((i) => ({ value: `${pack.id}:${i.id}`, label: localizedText(i.title, lang) }))
        })).filter((g) => g.items.length > 0)
      ),
      ...(ownItems.length
        ? [
            {
              group: t('library.groups.yours'),
              items: ownItems.map((o) => ({ value: `yours:${o.id}`, label: o.title }))
            }
          ]
        : [])
    ]
    const labels = new Map(groups.flatMap((g) => g.items.map((i) => [i.value, i.label] as const)))
    return { groups, labelOf: (ref: string) => labels.get(ref) ?? ref }
  }, [packs, ownItems, t, lang])
}

const NO_ITEMS: never[] = []
