import { nanoid } from 'nanoid'
import { AppError } from '../../shared/errors'
import { stripUndefined } from '../../shared/objects'
import {
  actionItemSchema,
  clusterSchema,
  type ActionItem,
  type Cluster,
  type Synthesis
} from '../../shared/planning/synthesis'
import type { Notebook } from '../storage/notebook'

/**
 * Synthesis after a session: clusters, dot votes and action items. Every call resolves once the
 * change is durable, like captures.
 */
export function createSynthesisService(notebook: Notebook, now: () => Date = () => new Date()) {
  const sessions = notebook.sessions
  const clusterOf = (synthesis: Synthesis, clusterId: string): Cluster => {
    const cluster = synthesis.clusters.find((c) => c.id === clusterId)
    if (!cluster) throw new AppError('capture/not-found', `no cluster ${clusterId}`)
    return cluster
  }
  const actionOf = (synthesis: Synthesis, actionId: string): ActionItem => {
    const action = synthesis.actions.find((a) => a.id === actionId)
    if (!action) throw new AppError('capture/not-found', `no action ${actionId}`)
    return action
  }
  const requireNote = (session: { captures: ReadonlyArray<{ id: string }> }, noteId: string) => {
    if (!session.captures.some((n) => n.id === noteId))
      throw new AppError('capture/not-found', `no note ${noteId}`)
  }

  return {
    async addCluster(sessionId: string, name: string, noteIds: string[]): Promise<Cluster> {
      const session = await sessions.peek(sessionId)
      for (const id of noteIds) requireNote(session, id)
      return sessions.mutate(sessionId, (draft) => {
        const cluster = clusterSchema.parse({ id: nanoid(), name, noteIds: [...new Set(noteIds)], votes: 0 })
        for (const other of draft.synthesis.clusters)
          other.noteIds = other.noteIds.filter((id) => !cluster.noteIds.includes(id))
        draft.synthesis.clusters.push(cluster)
        return structuredClone(cluster)
      })
    },

    async updateCluster(
      sessionId: string,
      clusterId: string,
      patch: { name?: string | undefined; votes?: number | undefined }
    ): Promise<Cluster> {
      clusterOf((await sessions.peek(sessionId)).synthesis, clusterId)
      return sessions.mutate(sessionId, (draft) => {
        const cluster = clusterOf(draft.synthesis, clusterId)
        Object.assign(cluster, stripUndefined(patch))
        return structuredClone(cluster)
      })
    },

    /** Its notes go back to the unsorted pile; the notes themselves are untouched. */
    async deleteCluster(sessionId: string, clusterId: string): Promise<Synthesis> {
      clusterOf((await sessions.peek(sessionId)).synthesis, clusterId)
      return sessions.mutate(sessionId, (draft) => {
        draft.synthesis.clusters = draft.synthesis.clusters.filter((c) => c.id !== clusterId)
        return structuredClone(draft.synthesis)
      })
    },

    async placeNote(
      sessionId: string,
      noteId: string,
      clusterId: string | null,
      index?: number
    ): Promise<Synthesis> {
      const session = await sessions.peek(sessionId)
      requireNote(session, noteId)
      if (clusterId !== null) clusterOf(session.synthesis, clusterId)
      return sessions.mutate(sessionId, (draft) => {
        for (const cluster of draft.synthesis.clusters)
          cluster.noteIds = cluster.noteIds.filter((id) => id !== noteId)
        if (clusterId !== null) {
          const target = clusterOf(draft.synthesis, clusterId)
          target.noteIds.splice(Math.min(index ?? target.noteIds.length, target.noteIds.length), 0, noteId)
        }
        return structuredClone(draft.synthesis)
      })
    },

    async voteNote(sessionId: string, noteId: string, votes: number): Promise<number> {
      requireNote(await sessions.peek(sessionId), noteId)
      return sessions.mutate(sessionId, (draft) => {
        if (votes === 0) delete draft.synthesis.noteVotes[noteId]
        else draft.synthesis.noteVotes[noteId] = votes
        return votes
      })
    },

    async addAction(
      sessionId: string,
      fields: { text: string; owner: string; due: string | null; noteIds: string[] }
    ): Promise<ActionItem> {
      const session = await sessions.peek(sessionId)
      for (const id of fields.noteIds) requireNote(session, id)
      const action = actionItemSchema.parse({
        id: nanoid(),
        ...fields,
        owner: fields.owner.trim(),
        done: false,
        createdAt: now().toISOString()
      } satisfies ActionItem)
      return sessions.mutate(sessionId, (draft) => {
        draft.synthesis.actions.push(action)
        return structuredClone(action)
      })
    },

    async updateAction(
      sessionId: string,
      actionId: string,
      patch: Partial<Pick<ActionItem, 'text' | 'owner' | 'due' | 'done'>>
    ): Promise<ActionItem> {
      const next = actionItemSchema.parse({
        ...actionOf((await sessions.peek(sessionId)).synthesis, actionId),
        ...stripUndefined(patch)
      })
      return sessions.mutate(sessionId, (draft) => {
        draft.synthesis.actions = draft.synthesis.actions.map((a) => (a.id === actionId ? next : a))
        return structuredClone(next)
      })
    },

    async deleteAction(sessionId: string, actionId: string): Promise<ActionItem> {
      const removed = actionOf((await sessions.peek(sessionId)).synthesis, actionId)
      return sessions.mutate(sessionId, (draft) => {
        draft.synthesis.actions = draft.synthesis.actions.filter((a) => a.id !== actionId)
        return structuredClone(removed)
      })
    }
  }
}
