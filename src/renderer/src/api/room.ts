import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../shared/ipc/contract'
import type { RoomStatus } from '../../../shared/room/facilitator'
import { call } from './client'
import { keys } from './keys'

/** How often an open room is asked for phones, queue and votes (the phones poll the room likewise). */
export const ROOM_REFRESH_MS = 3000

/** The room of a session; polled while it is open (phones come and go, contributions arrive). */
export const useRoomStatus = (sessionId: string) =>
  useQuery({
    queryKey: keys.roomStatus(sessionId),
    queryFn: () => call('room:status', { sessionId }),
    refetchInterval: (query) => (query.state.data?.open ? ROOM_REFRESH_MS : false)
  })

/** Contributions waiting; polled while the room is open. */
export const useRoomQueue = (sessionId: string, open: boolean) =>
  useQuery({
    queryKey: keys.roomQueue(sessionId),
    queryFn: () => call('room:queue', { sessionId }),
    refetchInterval: open ? ROOM_REFRESH_MS : false
  })

export const useRoomInterfaces = (enabled: boolean) =>
  useQuery({ queryKey: keys.roomInterfaces, queryFn: () => call('room:interfaces'), enabled })

/** A change to the room: its answer is the new status; the queue and the session may have moved too. */
function useRoomMutation<I>(sessionId: string, run: (input: I) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: (output) => {
      if (isStatus(output)) client.setQueryData(keys.roomStatus(sessionId), output)
      else void client.invalidateQueries({ queryKey: keys.roomStatus(sessionId) })
      void client.invalidateQueries({ queryKey: keys.roomQueue(sessionId) })
    }
  })
}

const isStatus = (value: unknown): value is RoomStatus =>
  typeof value === 'object' && value !== null && 'published' in value && 'open' in value

type Without<C extends 'room:open' | 'room:publish'> = Omit<Input<C>, 'sessionId'>

export const useOpenRoom = (sessionId: string) =>
  useRoomMutation(sessionId, (input: Without<'room:open'>) => call('room:open', { sessionId, ...input }))
export const useCloseRoom = (sessionId: string) =>
  useRoomMutation(sessionId, () => call('room:close', { sessionId }))
export const usePublishToRoom = (sessionId: string) =>
  useRoomMutation(sessionId, (input: Without<'room:publish'>) =>
    call('room:publish', { sessionId, ...input })
  )
export const useDiscardRoomItem = (sessionId: string) =>
  useRoomMutation(sessionId, (itemId: string) => call('room:discard', { sessionId, itemId }))

/** Accepting makes a note: the session is read again so the note shows among the others. */
export function useAcceptRoomItem(sessionId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (itemId: string) => call('room:accept', { sessionId, itemId }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.session(sessionId) })
      void client.invalidateQueries({ queryKey: keys.roomQueue(sessionId) })
      void client.invalidateQueries({ queryKey: keys.roomStatus(sessionId) })
    }
  })
}
