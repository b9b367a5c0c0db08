import { strFromU8, unzipSync } from 'fflate'

/**
 * The parts of a .docx (a zip of XML files) that tests read: the body, the styles, the core
 * properties (title), and the headers and footers. Read with fflate, the zip library docx itself
 * writes with, so no second zip implementation comes in for tests.
 */
export interface DocxParts {
  document: string
  styles: string
  core: string
  headers: string[]
  footers: string[]
  names: string[]
}

export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes)
  const text = (name: string) => {
    const file = files[name]
    if (!file) throw new Error(`${name} is missing from the .docx (it has ${Object.keys(files).join(', ')})`)
    return strFromU8(file)
  }
  const names = Object.keys(files)
  const matching = (pattern: RegExp) =>
    names
      .filter((n) => pattern.test(n))
      .sort()
      .map(text)
  return {
    document: text('word/document.xml'),
    styles: text('word/styles.xml'),
    core: text('docProps/core.xml'),
    headers: matching(/^word\/header\d*\.xml$/),
    footers: matching(/^word\/footer\d*\.xml$/),
    names
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#x?[0-9a-f]+);/gi, (_, e: string) =>
    e.startsWith('#')
      ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' ? 2 : 1), e[1] === 'x' ? 16 : 10))
      : ENTITIES[e]!
  )

/** The text of a piece of WordprocessingML: its runs' text, a line break as "\n". */
export const xmlText = (xml: string): string =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
    .map((m) => (m[0] === '<w:br/>' ? '\n' : m[0] === '<w:tab/>' ? '\t' : unescape(m[1] ?? '')))
    .join('')

export interface DocxParagraph {
  /** The paragraph style's id (Heading1, Title…), or null for Normal. */
  style: string | null
  text: string
  xml: string
}

/** Every paragraph in order, those in table cells included. */
export const paragraphs = (xml: string): DocxParagraph[] =>
  [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[1] ?? '')?.[1] ?? null,
    text: xmlText(m[1] ?? ''),
    xml: m[0]
  }))

/** The texts of the paragraphs in one style (Heading1, Heading2, Title…). */
export const styled = (xml: string, style: string): string[] =>
  paragraphs(xml)
    .filter((p) => p.style === style)
    .map((p) => p.text)

/** Each top-level or nested table's XML (nested ones also appear inside their parent's). */
export const tables = (xml: string): string[] => {
  const out: string[] = []
  const stack: number[] = []
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>/g)) {
    if (m[0] === '<w:tbl>') stack.push(m.index)
    else {
      const start = stack.pop()
      if (start !== undefined) out.push(xml.slice(start, m.index + m[0].length))
    }
  }
  return out
}

/** Document text with runs of white space folded, for phrases that cross runs. */
export const flatText = (xml: string): string =>
  paragraphs(xml)
    .map((p) => p.text)
    .join(' ')
    .replace(/\s+/g, ' ')
