import { AppError } from '../../shared/errors'
import type { Revised } from '../../shared/ipc/revision'
import type { Note, NoteType } from '../../shared/planning/capture'
import type { RoomInterface, RoomQueueItem, RoomStatus } from '../../shared/room/facilitator'
import type { RoomPublishInput } from '../../shared/room/schemas'

export type RoomPublishPatch = Omit<RoomPublishInput, 'sessionId'>

export interface RoomService {
  interfaces(): RoomInterface[]
  open(sessionId: string, host: string, dots?: number): Promise<RoomStatus>
  close(sessionId: string): Promise<RoomStatus>
  status(sessionId: string): Promise<RoomStatus>
  queue(sessionId: string): Promise<RoomQueueItem[]>
  accept(sessionId: string, itemId: string, type?: NoteType): Promise<Revised<Note>>
  discard(sessionId: string, itemId: string): Promise<void>
  publish(sessionId: string, patch: RoomPublishPatch): Promise<RoomStatus>
  /** Stops the listener (app quit, backend closed). */
  shutdown(): Promise<void>
}

/** Placeholder until the listener lands: every call says the room is not open. */
export function createRoomService(): RoomService {
  const closed = (): never => {
    throw new AppError('room/not-open', 'the room is not open')
  }
  return {
    interfaces: () => [],
    open: async () => closed(),
    close: async () => closed(),
    status: async () => closed(),
    queue: async () => [],
    accept: async () => closed(),
    discard: async () => closed(),
    publish: async () => closed(),
    shutdown: async () => undefined
  }
}
