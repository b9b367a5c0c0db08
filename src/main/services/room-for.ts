import { AppError } from '../../shared/errors'

/**
 * Refuse a write that would take a list past the limit its file's schema enforces, before the
 * change is applied: a note accepted past 20,000 made the session file one its own reader refused.
 */
export function ensureRoom(count: number, max: number, what: string): void {
  if (count >= max) throw new AppError('session/limit-reached', `a session holds at most ${max} ${what}`)
}
