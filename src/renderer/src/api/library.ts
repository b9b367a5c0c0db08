import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { LibraryData } from '../../../shared/content/library'
import type { Input, Output } from '../../../shared/ipc/contract'
import { call, invoke } from './client'
import { keys } from './keys'
import { useRevisedMutation, type RevisionedDoc } from './revised-mutation'

type Library = LibraryData & { revision: number }
type LibraryChannel = 'annotations:save' | 'own-items:save' | 'own-items:delete'
type LibraryVars<C extends LibraryChannel> = Omit<Input<C>, 'expectedRevision'>

export const usePacks = () =>
  useQuery({ queryKey: keys.packs, queryFn: () => call('content:packs'), staleTime: Infinity })
export const useLibrary = () =>
  useQuery({ queryKey: keys.library, queryFn: () => call('library:get'), refetchOnWindowFocus: true })

const libraryDoc: RevisionedDoc<Library> = {
  name: 'library',
  key: keys.library,
  revisionOf: (l) => l.revision,
  withRevision: (l, revision) => ({ ...l, revision })
}

/** How each change lands in the cached library, as main applied it. */
const libraryPatches: {
  [C in LibraryChannel]: (l: Library, output: Output<C>, vars: LibraryVars<C>) => Library
} = {
  'annotations:save': (l, { value }, { target }) => ({
    ...l,
    annotations: value
      ? [...l.annotations.filter((a) => a.target !== target), value]
      : l.annotations.filter((a) => a.target !== target)
  }),
  'own-items:save': (l, { value }) => ({
    ...l,
    ownItems: l.ownItems.some((o) => o.id === value.id)
      ? l.ownItems.map((o) => (o.id === value.id ? value : o))
      : [...l.ownItems, value]
  }),
  'own-items:delete': (l, _, { id }) => ({
    ...l,
    ownItems: l.ownItems.filter((o) => o.id !== id),
    annotations: l.annotations.filter((a) => a.target !== `yours:${id}`)
  })
}

/** A change to the private Library layer, based on the revision on screen. */
export function useLibraryChange<C extends LibraryChannel>(channel: C) {
  return useRevisedMutation(libraryDoc, {
    name: channel,
    run: (vars: LibraryVars<C>, expectedRevision) =>
      invoke(channel, {
        ...vars,
        ...(expectedRevision === undefined ? {} : { expectedRevision })
      } as Input<C>),
    patch: libraryPatches[channel] as (l: Library, output: unknown, vars: LibraryVars<C>) => Library
  })
}

export function useImportPack() {
  const client = useQueryClient()
  const preview = useMutation({ mutationFn: (content: string) => call('content:preview', { content }) })
  const commit = useMutation({
    mutationFn: (content: string) => call('content:import', { content }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.packs })
  })
  return { preview, commit }
}
