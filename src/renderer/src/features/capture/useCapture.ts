import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Note } from '../../../../shared/planning/capture'
import type { Session } from '../../../../shared/planning/session'
import { call } from '../../api/client'

const sessionKey = (id: string) => ['session', id] as const

/** Captures update the cached session in place: the list shows a note once main has it on disk. */
export function useCaptureMutations(sessionId: string) {
  const client = useQueryClient()
  const patch = (fn: (s: Session) => Session) =>
    client.setQueryData<Session>(sessionKey(sessionId), (s) => (s ? fn(s) : s))
  const add = useMutation({
    mutationFn: (input: {
      type: Note['type']
      text: string
      blockId: string | null
      speaker: string | null
      consent?: Note['consent']
      links?: string[]
      tags?: string[]
    }) => call('captures:add', { sessionId, ...input }),
    onSuccess: (note) => patch((s) => ({ ...s, captures: [...s.captures, note] }))
  })
  const update = useMutation({
    mutationFn: (input: {
      noteId: string
      patch: Partial<Pick<Note, 'type' | 'text' | 'speaker' | 'consent' | 'tags'>>
    }) => call('captures:update', { sessionId, ...input }),
    onSuccess: (note) =>
      patch((s) => ({ ...s, captures: s.captures.map((n) => (n.id === note.id ? note : n)) }))
  })
  const remove = useMutation({
    mutationFn: (noteId: string) => call('captures:delete', { sessionId, noteId }),
    onSuccess: (note) => patch((s) => ({ ...s, captures: s.captures.filter((n) => n.id !== note.id) }))
  })
  const restore = useMutation({
    mutationFn: (note: Note) => call('captures:restore', { sessionId, note }),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKey(sessionId) })
  })
  const mark = useMutation({
    mutationFn: (input: { blockId: string; event: 'start' | 'end' }) =>
      call('live:mark', { sessionId, ...input }),
    onSuccess: (live) => patch((s) => ({ ...s, live }))
  })
  return { add, update, remove, restore, mark }
}
