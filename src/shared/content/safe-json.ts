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

export interface JsonShapeLimits {
  maxDepth: number
  /** `{`, `[` and `,` outside strings: one more than the values, give or take, at a fraction of the cost. */
  maxElements?: number
}

export interface ShapeRefusal {
  reason: 'too-deep' | 'too-many'
  detail: string
}

/**
 * Measures JSON text as it arrives, before JSON.parse builds anything: JSON.parse and then a
 * schema over ten million `{}` take seconds and a gigabyte, while this loop refuses them after the
 * first limit's worth. Takes UTF-16 text or raw UTF-8 bytes, in as many pieces as the caller has:
 * every structural character is ASCII, and every byte of a multi-byte UTF-8 sequence is 0x80 or
 * above, so bytes can never be mistaken for a quote or a bracket.
 */
export class JsonShapeScanner {
  private depth = 0
  private elements = 0
  private inString = false
  private escaped = false
  private readonly maxElements: number

  constructor(private readonly limits: JsonShapeLimits) {
    this.maxElements = limits.maxElements ?? Number.POSITIVE_INFINITY
  }

  /** Scan the next piece; the first refusal stops the scan (later pieces are not looked at). */
  push(piece: string | Uint8Array): ShapeRefusal | null {
    const text = typeof piece === 'string' ? piece : null
    const bytes = typeof piece === 'string' ? null : piece
    const length = piece.length
    let { depth, elements, inString, escaped } = this
    for (let i = 0; i < length; i++) {
      const c = text !== null ? text.charCodeAt(i) : bytes![i]!
      if (inString) {
        if (escaped) escaped = false
        else if (c === 92) escaped = true
        else if (c === 34) inString = false
        continue
      }
      if (c === 34) inString = true
      else if (c === 123 || c === 91) {
        if (++depth > this.limits.maxDepth)
          return { reason: 'too-deep', detail: `deeper than ${this.limits.maxDepth}` }
        if (++elements > this.maxElements)
          return { reason: 'too-many', detail: `more than ${this.maxElements} values` }
      } else if (c === 125 || c === 93) depth--
      else if (c === 44 && ++elements > this.maxElements)
        return { reason: 'too-many', detail: `more than ${this.maxElements} values` }
    }
    Object.assign(this, { depth, elements, inString, escaped })
    return null
  }
}

// With the `u` flag a valid surrogate pair is one code point outside this range: only lone halves match.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u

export type UntrustedJson =
  | { ok: true; value: unknown }
  | {
      ok: false
      code:
        'import/too-large' | 'import/not-json' | 'import/too-deep' | 'import/hostile-key' | 'import/not-utf8'
      detail: string
    }

export function parseUntrustedJson(text: string, limits: JsonLimits): UntrustedJson {
  if (text.length > limits.maxChars)
    return { ok: false, code: 'import/too-large', detail: `${text.length} characters` }
  // No UTF-8 file decodes to half a surrogate pair: the text was mangled on its way here.
  if (LONE_SURROGATE.test(text)) return { ok: false, code: 'import/not-utf8', detail: 'lone surrogate' }
  const shape = new JsonShapeScanner({ maxDepth: limits.maxDepth }).push(text)
  if (shape) return { ok: false, code: 'import/too-deep', detail: shape.detail }
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
