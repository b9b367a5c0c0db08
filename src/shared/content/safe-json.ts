/**
 * Parse JSON from an untrusted file (an imported pack or session) with limits checked before and
 * during parsing: size first, nesting depth by a linear scan (JSON.parse itself would recurse),
 * and keys that could pollute prototypes if the data were ever merged into an object — including
 * escaped spellings such as "\u005f_proto__", which JSON.parse decodes before our reviver sees them.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

export interface JsonLimits {
  maxChars: number
  maxDepth: number
}

export type UntrustedJson =
  | { ok: true; value: unknown }
  | {
      ok: false
      code: 'import/too-large' | 'import/not-json' | 'import/too-deep' | 'import/hostile-key'
      detail: string
    }

export function parseUntrustedJson(text: string, limits: JsonLimits): UntrustedJson {
  if (text.length > limits.maxChars)
    return { ok: false, code: 'import/too-large', detail: `${text.length} characters` }
  let depth = 0
  let inString = false
  let escaped = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (escaped) escaped = false
      else if (c === 92) escaped = true
      else if (c === 34) inString = false
      continue
    }
    if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      if (++depth > limits.maxDepth)
        return { ok: false, code: 'import/too-deep', detail: `deeper than ${limits.maxDepth}` }
    } else if (c === 125 || c === 93) depth--
  }
  let hostile: string | null = null
  let value: unknown
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) hostile = key
      return v
    })
  } catch (error) {
    return {
      ok: false,
      code: 'import/not-json',
      detail: error instanceof Error ? error.message.slice(0, 120) : 'parse error'
    }
  }
  if (hostile !== null) return { ok: false, code: 'import/hostile-key', detail: hostile }
  return { ok: true, value }
}
