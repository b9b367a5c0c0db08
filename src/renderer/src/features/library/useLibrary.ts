import { useMemo } from 'react'
import type { Annotation, InstalledPack, ItemRef, OwnItem } from '../../../../shared/content/library'
import { buildIndex, searchDocuments } from '../../../../shared/content/search'
import type { ContentItem, ContentPack } from '../../../../shared/content/schema'
import { useLibrary, usePacks } from '../../api/library'

export type ResolvedItem =
  | { type: 'pack'; ref: ItemRef; pack: ContentPack; item: ContentItem }
  | { type: 'own'; ref: ItemRef; own: OwnItem }

/** `withIndex`: build the search index (~100–200 ms on the bundled pack) only once someone searches. */
export function useLibraryData(withIndex: boolean) {
  const packs = usePacks()
  const library = useLibrary()
  const index = useMemo(
    () =>
      withIndex && packs.data && library.data
        ? buildIndex(searchDocuments(packs.data, library.data.ownItems, library.data.annotations))
        : null,
    [withIndex, packs.data, library.data]
  )
  const byRef = useMemo(() => {
    const map = new Map<string, ResolvedItem>()
    for (const { pack } of packs.data ?? [])
      for (const item of pack.items)
        map.set(`${pack.id}:${item.id}`, { type: 'pack', ref: `${pack.id}:${item.id}`, pack, item })
    for (const own of library.data?.ownItems ?? [])
      map.set(`yours:${own.id}`, { type: 'own', ref: `yours:${own.id}`, own })
    return map
  }, [packs.data, library.data])
  const annotations = useMemo(
    () => new Map<string, Annotation>((library.data?.annotations ?? []).map((a) => [a.target, a])),
    [library.data]
  )
  return {
    packs: packs.data as InstalledPack[] | undefined,
    ownItems: library.data?.ownItems ?? [],
    annotations,
    index,
    byRef,
    error: packs.error ?? library.error,
    loading: packs.isPending || library.isPending
  }
}
