import type { Channel } from '../../../shared/ipc/channels'
import type { Input, Output } from '../../../shared/ipc/contract'
import type { Session } from '../../../shared/planning/session'

/** Channels that change one session and answer with what they changed. */
export type SessionChannel =
  | 'sessions:update'
  | 'sessions:set-agenda'
  | 'sessions:set-personas'
  | 'captures:add'
  | 'captures:update'
  | 'captures:delete'
  | 'captures:restore'
  | 'live:mark'
  | 'journeys:add'
  | 'journeys:update'
  | 'journeys:delete'
  | 'synthesis:add-cluster'
  | 'synthesis:update-cluster'
  | 'synthesis:delete-cluster'
  | 'synthesis:place-note'
  | 'synthesis:vote-note'
  | 'actions:add'
  | 'actions:update'
  | 'actions:delete'

/** What a caller gives: the channel's input without the session and the revision (the hook adds them). */
export type SessionVars<C extends Channel> = Omit<Input<C>, 'id' | 'sessionId' | 'expectedRevision'>

type Patch<C extends SessionChannel> = (session: Session, output: Output<C>, vars: SessionVars<C>) => Session

const whole = (_: Session, saved: Session): Session => saved
const synthesisOf = (s: Session, change: (x: Session['synthesis']) => Session['synthesis']): Session => ({
  ...s,
  synthesis: change(s.synthesis)
})

/**
 * How each change lands in the cached session: the same rule main applied, on the value main
 * returned, so the screen matches a fresh fetch without fetching (tests compare the two).
 */
export const sessionPatches: { [C in SessionChannel]: Patch<C> } = {
  'sessions:update': whole,
  'sessions:set-agenda': whole,
  'sessions:set-personas': whole,
  'captures:add': (s, { value }) =>
    s.captures.some((n) => n.id === value.id) ? s : { ...s, captures: [...s.captures, value] },
  'captures:update': (s, { value }) => ({
    ...s,
    captures: s.captures.map((n) => (n.id === value.id ? value : n))
  }),
  'captures:delete': (s, { value }) => ({ ...s, captures: s.captures.filter((n) => n.id !== value.id) }),
  'captures:restore': (s, { value }) => {
    if (s.captures.some((n) => n.id === value.id)) return s
    const at = s.captures.findIndex((n) => n.createdAt > value.createdAt)
    const captures = [...s.captures]
    captures.splice(at === -1 ? captures.length : at, 0, value)
    return { ...s, captures }
  },
  'live:mark': (s, { value }) => ({ ...s, live: value }),
  'journeys:add': (s, { value }) => ({ ...s, journeys: [...s.journeys, value] }),
  'journeys:update': (s, { value }) => ({
    ...s,
    journeys: s.journeys.map((j) => (j.id === value.id ? value : j))
  }),
  'journeys:delete': (s, _, { stepId }) => ({ ...s, journeys: s.journeys.filter((j) => j.id !== stepId) }),
  'synthesis:add-cluster': (s, { value }) =>
    synthesisOf(s, (x) => ({
      ...x,
      clusters: [
        ...x.clusters.map((c) => ({ ...c, noteIds: c.noteIds.filter((id) => !value.noteIds.includes(id)) })),
        value
      ]
    })),
  'synthesis:update-cluster': (s, { value }) =>
    synthesisOf(s, (x) => ({ ...x, clusters: x.clusters.map((c) => (c.id === value.id ? value : c)) })),
  'synthesis:delete-cluster': (s, { value }) => ({ ...s, synthesis: value }),
  'synthesis:place-note': (s, { value }) => ({ ...s, synthesis: value }),
  'synthesis:vote-note': (s, { value }, { noteId }) =>
    synthesisOf(s, (x) => {
      const noteVotes = { ...x.noteVotes }
      if (value === 0) delete noteVotes[noteId]
      else noteVotes[noteId] = value
      return { ...x, noteVotes }
    }),
  'actions:add': (s, { value }) => synthesisOf(s, (x) => ({ ...x, actions: [...x.actions, value] })),
  'actions:update': (s, { value }) =>
    synthesisOf(s, (x) => ({ ...x, actions: x.actions.map((a) => (a.id === value.id ? value : a)) })),
  'actions:delete': (s, { value }) =>
    synthesisOf(s, (x) => ({ ...x, actions: x.actions.filter((a) => a.id !== value.id) }))
}
