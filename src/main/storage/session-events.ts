import type { JournalOpBody } from './journal-ops'

export type ChangeListener = (id: string, notes?: readonly string[]) => void

/**
 * Who is told when a session changes: after every change to its content (even one whose write
 * failed), with the notes a small change touched (a capture, a note edit, a vote) when it names
 * them; without them, anything in the session may have changed. And when a session leaves.
 */
export class SessionEvents {
  private readonly listeners = new Set<ChangeListener>()
  private readonly removedListeners = new Set<(id: string) => void>()

  onChange = (listener: ChangeListener): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  onRemoved = (listener: (id: string) => void): (() => void) => {
    this.removedListeners.add(listener)
    return () => this.removedListeners.delete(listener)
  }

  changed(id: string, notes?: readonly string[]): void {
    for (const listener of this.listeners) listener(id, notes)
  }

  removed(id: string): void {
    for (const listener of this.removedListeners) listener(id)
  }
}

/** The notes one journalled change touched; undefined when it may have touched many (a cluster's name). */
export function notesTouchedBy(op: JournalOpBody): string[] | undefined {
  switch (op.op) {
    case 'note':
    case 'restore-note':
      return [op.note.id]
    case 'drop-note':
    case 'vote':
    case 'place':
      return [op.noteId]
    case 'live':
      return []
    case 'cluster':
      return undefined
  }
}
