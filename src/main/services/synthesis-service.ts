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
import { LIMITS } from '../../shared/limits'
import type { Revised } from '../storage/document-store'
import { placeNote as placeInCluster } from '../storage/journal-ops'
import { ensureRoom } from './room-for'
import type { Notebook } from '../storage/notebook'
import type { SessionFile } from '../storage/schemas'

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
  // Every target is found inside the write (never checked, awaited, then written), so two windows
  // acting on one cluster or action cannot act on something the other just removed.
  const change = <T>(
    sessionId: string,
    expectedRevision: number | undefined,
    fn: (draft: SessionFile) => T
  ) => sessions.mutate(sessionId, fn, expectedRevision)

  return {
    addCluster(
      sessionId: string,
      name: string,
      noteIds: string[],
      expectedRevision?: number
    ): Promise<Revised<Cluster>> {
      return change(sessionId, expectedRevision, (draft) => {
        for (const id of noteIds) requireNote(draft, id)
        ensureRoom(draft.synthesis.clusters.length, LIMITS.synthesis.clusters, 'clusters')
        const cluster = clusterSchema.parse({ id: nanoid(), name, noteIds: [...new Set(noteIds)], votes: 0 })
        for (const other of draft.synthesis.clusters)
          other.noteIds = other.noteIds.filter((id) => !cluster.noteIds.includes(id))
        draft.synthesis.clusters.push(cluster)
        return structuredClone(cluster)
      })
    },

    updateCluster(
      sessionId: string,
      clusterId: string,
      patch: { name?: string | undefined; votes?: number | undefined },
      expectedRevision?: number
    ): Promise<Revised<Cluster>> {
      return sessions.journalled(
        sessionId,
        (draft) => {
          const cluster = clusterOf(draft.synthesis, clusterId)
          const next = clusterSchema.parse({ ...cluster, ...stripUndefined(patch) })
          Object.assign(cluster, next)
          return {
            value: structuredClone(next),
            op: { op: 'cluster', clusterId, name: next.name, votes: next.votes }
          }
        },
        expectedRevision
      )
    },

    /** Its notes go back to the unsorted pile; the notes themselves are untouched. */
    deleteCluster(
      sessionId: string,
      clusterId: string,
      expectedRevision?: number
    ): Promise<Revised<Synthesis>> {
      return change(sessionId, expectedRevision, (draft) => {
        clusterOf(draft.synthesis, clusterId)
        draft.synthesis.clusters = draft.synthesis.clusters.filter((c) => c.id !== clusterId)
        return structuredClone(draft.synthesis)
      })
    },

    placeNote(
      sessionId: string,
      noteId: string,
      clusterId: string | null,
      index?: number,
      expectedRevision?: number
    ): Promise<Revised<Synthesis>> {
      return sessions.journalled(
        sessionId,
        (draft) => {
          requireNote(draft, noteId)
          if (clusterId !== null) clusterOf(draft.synthesis, clusterId)
          placeInCluster(draft, noteId, clusterId, index)
          return {
            value: structuredClone(draft.synthesis),
            op: { op: 'place', noteId, clusterId, ...(index === undefined ? {} : { index }) }
          }
        },
        expectedRevision
      )
    },

    voteNote(
      sessionId: string,
      noteId: string,
      votes: number,
      expectedRevision?: number
    ): Promise<Revised<number>> {
      return sessions.journalled(
        sessionId,
        (draft) => {
          requireNote(draft, noteId)
          if (votes === 0) delete draft.synthesis.noteVotes[noteId]
          else draft.synthesis.noteVotes[noteId] = votes
          return { value: votes, op: { op: 'vote', noteId, votes } }
        },
        expectedRevision
      )
    },

    addAction(
      sessionId: string,
      fields: { text: string; owner: string; due: string | null; noteIds: string[] },
      expectedRevision?: number
    ): Promise<Revised<ActionItem>> {
      const action = actionItemSchema.parse({
        id: nanoid(),
        ...fields,
        owner: fields.owner.trim(),
        done: false,
        createdAt: now().toISOString()
      } satisfies ActionItem)
      return change(sessionId, expectedRevision, (draft) => {
        for (const id of fields.noteIds) requireNote(draft, id)
        ensureRoom(draft.synthesis.actions.length, LIMITS.synthesis.actions, 'actions')
        draft.synthesis.actions.push(action)
        return structuredClone(action)
      })
    },

    updateAction(
      sessionId: string,
      actionId: string,
      patch: Partial<Pick<ActionItem, 'text' | 'owner' | 'due' | 'done'>>,
      expectedRevision?: number
    ): Promise<Revised<ActionItem>> {
      return change(sessionId, expectedRevision, (draft) => {
        const next = actionItemSchema.parse({
          ...actionOf(draft.synthesis, actionId),
          ...stripUndefined(patch)
        })
        draft.synthesis.actions = draft.synthesis.actions.map((a) => (a.id === actionId ? next : a))
        return structuredClone(next)
      })
    },

    deleteAction(
      sessionId: string,
      actionId: string,
      expectedRevision?: number
    ): Promise<Revised<ActionItem>> {
      return change(sessionId, expectedRevision, (draft) => {
        const removed = actionOf(draft.synthesis, actionId)
        draft.synthesis.actions = draft.synthesis.actions.filter((a) => a.id !== actionId)
        return structuredClone(removed)
      })
    }
  }
}
