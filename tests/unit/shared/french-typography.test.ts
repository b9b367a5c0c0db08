import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { resources } from '../../../src/shared/i18n/resources'
import { es as pdfEs } from '../../../src/shared/pdf/strings-es'
import { fr as pdfFr } from '../../../src/shared/pdf/strings-fr'

/**
 * French and Spanish texts of every kind the app shows or prints: the UI catalog, the PDF strings,
 * the content pack and the planning catalog.
 *
 * French typography rule (one rule everywhere on screen):
 * - U+00A0 (no-break space) before ":" and "»", and after "«";
 * - U+202F (narrow no-break space) before ";", "!", "?" and "%".
 * The PDF strings use U+00A0 throughout: Roboto, the PDF font, has no U+202F (and `printable()`
 * would turn one into U+00A0 anyway).
 *
 * Inclusive wording in French: no point médian ("participant·es"); epicene words ("personne",
 * "équipe", "l'animation") or full doublets ("les participantes et participants") instead. Quoted
 * source wording keeps its own spelling.
 */
type Lang = 'es' | 'fr'
interface Text {
  where: string
  text: string
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'))

/** Every string of a tree, with its path. Functions (PDF strings) are called with placeholder args. */
function strings(node: unknown, where: string): Text[] {
  if (typeof node === 'string') return [{ where, text: node }]
  if (typeof node === 'function') {
    const fn = node as (...args: string[]) => unknown
    return strings(fn(...Array.from({ length: fn.length }, () => 'X')), `${where}()`)
  }
  if (Array.isArray(node)) return node.flatMap((v, i) => strings(v, `${where}[${i}]`))
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => strings(v, where ? `${where}.${k}` : k))
  }
  return []
}

/** The texts of one language inside trilingual JSON ({ en, es, fr } objects). */
function localized(node: unknown, lang: Lang, where: string): Text[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => localized(v, lang, `${where}[${i}]`))
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>
    if (typeof o.en === 'string' && typeof o[lang] === 'string') {
      return [{ where: `${where}.${lang}`, text: o[lang] as string }]
    }
    return Object.entries(o).flatMap(([k, v]) => localized(v, lang, `${where}.${k}`))
  }
  return []
}

const pack = readJson('resources/content/uclg-plm-28.json')
const catalog = readJson('resources/planning/catalog.json')

const screenTexts = (lang: Lang): Text[] => [
  ...strings(resources[lang].translation, `ui.${lang}`),
  ...localized(pack, lang, 'pack'),
  ...localized(catalog, lang, 'planning')
]
const pdfTexts: Record<Lang, Text[]> = { fr: strings(pdfFr, 'pdf.fr'), es: strings(pdfEs, 'pdf.es') }
const allTexts = (lang: Lang): Text[] => [...screenTexts(lang), ...pdfTexts[lang]]

/** English titles quoted verbatim inside French text keep their own punctuation. */
const FOREIGN_QUOTES = [
  'Urban Citizenship: A transformative',
  'Inclusive Local Citizenship: Fostering',
  'Communication on Migration: An Issue'
]

/** What the rule does not apply to: addresses, clock times, {{placeholders}}, quoted English titles. */
function neutralise(text: string): string {
  let out = text
    .replace(/https?:\/\/\S+/g, 'URL')
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, 'MAIL')
    .replace(/\{\{[^}]*\}\}/g, 'X')
    .replace(/\b\d{1,2}:\d{2}\b/g, 'TIME')
  for (const quote of FOREIGN_QUOTES) out = out.split(quote).join('QUOTE')
  return out
}

const NBSP = '\u00a0'
const NNBSP = '\u202f'
const SCREEN_SPACE: Record<string, string> = {
  ':': NBSP,
  '»': NBSP,
  ';': NNBSP,
  '!': NNBSP,
  '?': NNBSP,
  '%': NNBSP
}
const PDF_SPACE: Record<string, string> = { ':': NBSP, '»': NBSP, ';': NBSP, '!': NBSP, '?': NBSP, '%': NBSP }

const show = (s: string) =>
  s
    .replace(/\u00a0/g, '⍽')
    .replace(/\u202f/g, '˽')
    .replace(/\n/g, '⏎')

/** Each mark that lacks the space the rule asks for, with a little context. */
function spacingErrors(texts: Text[], spaceBefore: Record<string, string>): string[] {
  const errors: string[] = []
  for (const { where, text } of texts) {
    const s = neutralise(text)
    for (let i = 0; i < s.length; i++) {
      const c = s.charAt(i)
      const want = spaceBefore[c]
      const bad = (want !== undefined && s.charAt(i - 1) !== want) || (c === '«' && s.charAt(i + 1) !== NBSP)
      if (bad) errors.push(`${where}: …${show(s.slice(Math.max(0, i - 25), i + 15))}…`)
    }
  }
  return errors
}

describe('French typography', () => {
  it('puts the right no-break space around : ; ! ? % « » in every French text, on screen and in PDFs', () => {
    // The check sees a missing or ordinary space, and leaves times, addresses and placeholders alone.
    const control = [
      { where: 'a', text: 'Mode d’exécution: bureau' },
      { where: 'b', text: 'Ouvrir ? « x »' },
      { where: 'c', text: 'À 09:30, voir https://example.org/?q=1 et {{name}}\u00a0: 30\u202f%' }
    ]
    expect(spacingErrors(control, SCREEN_SPACE).map((e) => e.split(':')[0])).toEqual(['a', 'b', 'b', 'b'])
    expect(spacingErrors(screenTexts('fr'), SCREEN_SPACE)).toEqual([])
    expect(spacingErrors(pdfTexts.fr, PDF_SPACE)).toEqual([])
  })

  it('uses no point médian (participant·es): doublets or epicene words instead', () => {
    // The note's launch page writes « migrant·e·s »; the glossary quotes that source term as it is.
    const QUOTED = ['migrant·e·s']
    const found = allTexts('fr')
      .map(({ where, text }) => ({ where, text: QUOTED.reduce((t, q) => t.split(q).join(''), text) }))
      .filter(({ text }) => /\p{L}·\p{L}/u.test(text))
      .map(({ where, text }) => `${where}: ${text.match(/\S*\p{L}·\p{L}\S*/u)?.[0]}`)
    expect(found).toEqual([])
  })

  it('treats “persona” as feminine', () => {
    // JavaScript's \b only knows ASCII letters, hence the \p{L} look-arounds.
    const MASCULINE = [
      /(?<!\p{L})(un|le|du|au|ce) personas?(?!\p{L})/iu,
      /(?<!\p{L})personas? (?:\p{L}+ )?(?:utilisé|inventé|fictif|choisi|suivi|heurté)s?(?!\p{L})/u,
      /(?<!\p{L})persona s[’']est-il(?!\p{L})/u
    ]
    const found = allTexts('fr').filter(({ text }) => MASCULINE.some((re) => re.test(text)))
    expect(found.map((t) => t.where)).toEqual([])
  })
})

describe('no English left in the French and Spanish texts', () => {
  const ENGLISH = [/\bstorytelling\b/i, /\bgallery walk\b/i, /\bfishbowl\b/i, /\[erased\]/i]
  /** Quotations of sources, and glossary lines giving another language's term (“- Anglais :”), may keep English. */
  const quotedOrForeign = (text: string) =>
    text.replace(/«[^»]*»/g, '').replace(/^- (Anglais|Inglés|Francés)\s?:.*$/gmu, '')

  it.each(['fr', 'es'] as const)('%s', (lang) => {
    const found = allTexts(lang)
      .filter(({ text }) => ENGLISH.some((re) => re.test(quotedOrForeign(text))))
      .map(({ where }) => where)
    expect(found).toEqual([])
  })

  it('Spanish says “de la visión a las políticas públicas”, not “a la política” (politics)', () => {
    const found = allTexts('es').filter(({ text }) => /visión a la política/i.test(text))
    expect(found.map((t) => t.where)).toEqual([])
  })
})

describe('labels carry their own colon', () => {
  const RENDERER = join(ROOT, 'src/renderer/src')
  const files = readdirSync(RENDERER, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f))
  // `{t('x')}:` or `${t('x')}:` appends an untranslatable colon (French needs a space before it);
  // `{label}:</…>` does the same with a label held in a variable.
  const BARE_COLON = [/\bt\(.*\)\}:/, /\}:\s*<\//]

  it('no JSX or template string in src/renderer appends a bare ":" to a translated label', () => {
    const found: string[] = []
    for (const file of files) {
      readFileSync(join(RENDERER, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (BARE_COLON.some((re) => re.test(line))) found.push(`${file}:${i + 1}: ${line.trim()}`)
        })
    }
    expect(found).toEqual([])
  })
})
