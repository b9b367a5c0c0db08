import type { z } from 'zod'
import type { ErrorIssue } from './errors'

/** Zod's issues as the `{ path, message }` pairs every error carries (capped: enough to act on). */
export function toIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
}
