import { ROOM_PATHS, type RoomApiError } from '../shared/room/constants'
import type { RoomParticipantView, RoomSubmitRequest, RoomVoteRequest } from '../shared/room/participant'

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: RoomApiError | 'offline' }

async function post<T>(path: string, body: unknown): Promise<Outcome<T>> {
  let res: Response
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store'
    })
  } catch {
    return { ok: false, error: 'offline' }
  }
  try {
    const reply = (await res.json()) as { ok: boolean; error?: RoomApiError }
    return reply.ok ? { ok: true, value: reply as T } : { ok: false, error: reply.error ?? 'failed' }
  } catch {
    return { ok: false, error: 'failed' }
  }
}

export const roomApi = {
  status: (code: string) => post<RoomParticipantView>(ROOM_PATHS.status, { code }),
  submit: (body: RoomSubmitRequest) => post<{ id: string }>(ROOM_PATHS.submit, body),
  vote: (body: RoomVoteRequest) => post<{ myVotes: Record<string, number> }>(ROOM_PATHS.vote, body)
}
