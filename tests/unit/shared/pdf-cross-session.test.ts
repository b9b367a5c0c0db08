import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../src/shared/i18n/languages'
import {
  buildCrossSessionDocument,
  buildCrossSessionMarkdown,
  crossBriefFileName,
  previewCrossSession
} from '../../../src/shared/pdf'
import { crossSessionData } from '../../../src/shared/pdf/cross-session-data'
import { cityOf } from '../../../src/shared/pdf/cross-session-labels'
import { columnRuns } from '../../../src/shared/pdf/cross-session-coverage'
import { escapeMarkdown } from '../../../src/shared/pdf/markdown'
import { PDF_STRINGS } from '../../../src/shared/pdf/strings'
import {
  BOARD_NAME,
  CROSS_SECRETS,
  CROSS_SHARED,
  ORIGINS,
  THEMES,
  crossInput
} from '../../fixtures/briefs/cross-sessions'

/** Every string a document definition would print (pdfmake prints text nodes only). */
function printed(node: unknown): string {
  if (typeof node === 'string') return node
  if (Array.isArray(node)) return node.map(printed).join(' ')
  if (node && typeof node === 'object') return Object.values(node).map(printed).join(' ')
  return ''
}
const shownIds = (input = crossInput('en')) =>
  crossSessionData(input).themes.map((t) => t.groups.flatMap((g) => g.notes.map((n) => n.id)))

describe('the cross-session brief: each note under its own session’s consent', () => {
  it('counts every placement, with the reason each one stays out or loses its speaker', () => {
    expect(previewCrossSession(crossInput('en'))).toEqual({
      // 5 + 5 + 4 placements; the Marseille note is a placement too (and internal).
      total: 15,
      included: 9,
      excluded: { internal: 3, 'not-for-export': 2, 'quotes-not-allowed': 1 },
      speakersRemoved: { anonymous: 2, 'chatham-house': 1 },
      themes: 3,
      emptyThemes: 0,
      sessions: 3,
      places: 3
    })
  })

  it('prints exactly the notes the preview counts, once per theme they are in', () => {
    const ids = shownIds()
    expect(ids).toEqual([
      ['gre00001', 'bcn00001', 'sou00002'],
      ['gre00004', 'gre00001', 'bcn00003', 'sou00004'],
      ['gre00005', 'sou00001']
    ])
    expect(ids.flat()).toHaveLength(previewCrossSession(crossInput('en')).included)
  })

  it('never lets out an internal or not-for-export note, nor a quote its session did not allow', () => {
    for (const lang of LANGUAGES) {
      const text = printed(buildCrossSessionDocument(crossInput(lang)).content)
      for (const secret of Object.values(CROSS_SECRETS)) expect(text).not.toContain(secret)
      expect(text).toContain(CROSS_SHARED.grenobleQuote)
      expect(text).toContain(CROSS_SHARED.grenobleQuoteSpeaker)
      expect(text).toContain(CROSS_SHARED.grenobleSpeaker)
      expect(text).toContain(CROSS_SHARED.sousseDecisionSpeaker)
    }
  })

  it('judges by the note’s session, not the board: the same rules change only that session', () => {
    const input = crossInput('en')
    const barcelona = input.sessions.find((s) => s.id === 'sessionBarcelona')!
    barcelona.consent = { ...barcelona.consent, attributableQuotes: true, chathamHouse: false }
    const ids = shownIds(input).flat()
    expect(ids).toContain('bcn00002')
    const data = crossSessionData(input)
    const speakers = data.themes.flatMap((t) => t.groups.flatMap((g) => g.notes.map((n) => n.speaker)))
    expect(speakers).toContain(CROSS_SECRETS.chathamSpeaker)
    expect(data.counts.excluded['quotes-not-allowed']).toBe(0)
    // Grenoble's notes are judged as before.
    expect(ids).not.toContain('gre00002')
    expect(ids).not.toContain('gre00003')
  })

  it('skips what is gone: an erased session, a deleted note; nothing else moves', () => {
    const input = crossInput('en')
    const grenoble = input.sessions.find((s) => s.id === 'sessionGrenoble1')!
    grenoble.captures = grenoble.captures.filter((n) => n.id !== 'gre00001')
    expect(shownIds(input)).toEqual([
      ['bcn00001', 'sou00002'],
      ['gre00004', 'bcn00003', 'sou00004'],
      ['gre00005', 'sou00001']
    ])
    const erased = crossInput('en')
    erased.sessions = erased.sessions.filter((s) => s.id !== 'sessionGrenoble1')
    const preview = previewCrossSession(erased)
    expect(preview.sessions).toBe(2)
    expect(preview.total).toBe(15 - 6)
    expect(printed(buildCrossSessionDocument(erased).content)).not.toContain(CROSS_SHARED.grenobleInsight)
  })

  it('lists only the sessions the printed notes come from, numbered in date order', () => {
    const data = crossSessionData(crossInput('en'))
    expect(data.sessions.map((s) => [s.number, s.city, s.origin])).toEqual([
      [1, 'Grenoble', null],
      [2, 'Barcelona', ORIGINS.barcelona],
      [3, 'Sousse', ORIGINS.sousse]
    ])
    expect(data.sessions.map((s) => s.notes)).toEqual([3, 2, 3])
    const text = printed(buildCrossSessionDocument(crossInput('en')).content)
    expect(text).not.toContain('Marseille')
    expect(text).not.toContain('Valencia —')
  })

  it('coverage: agenda links and shareable notes’ links of each session, nothing an excluded note links', () => {
    const { coverage } = crossSessionData(crossInput('en'))
    const marks = Object.fromEntries(
      coverage.groups.flatMap((g) => g.rows.map((r) => [r.item.id, r.marks.map((m) => m ?? '-').join(' ')]))
    )
    expect(marks).toEqual({
      'case-grenoble': 'agenda - -',
      'case-barcelona': 'notes - -',
      'case-sousse': '- - notes',
      'topic-political-participation': '- agenda -',
      'method-journeys-doors-walls': 'agenda - -',
      'prompt-residence-not-nationality': 'agenda - -',
      'prompt-one-service-one-document': 'notes - -',
      'prompt-citizenship-card': 'agenda - -',
      'gl-neighbourhood-document': '- notes -'
    })
    // Linked only by internal notes (Valencia) or by a quote Barcelona did not allow (Seine-Saint-Denis).
    const notReached = coverage.notReached.find((k) => k.kind === 'case-study')!.items.map((i) => i.id)
    expect(notReached).toEqual(['case-seine-saint-denis', 'case-valencia'])
  })

  it('a session with no date, or online with no place, is dated by its notes and still placed', () => {
    const input = crossInput('fr')
    const sousse = input.sessions.find((s) => s.id === 'sessionSousse01')!
    Object.assign(sousse, { date: null, place: '', online: true, timeZone: 'Pacific/Auckland' })
    const data = crossSessionData(input)
    const online = data.sessions.find((s) => s.id === 'sessionSousse01')!
    // Its notes were taken on 1 January 2026 around 09:00 UTC: already the evening there.
    expect(online).toMatchObject({ date: null, noteDays: ['2026-01-01'], city: '', number: 1 })
    const md = buildCrossSessionMarkdown(input)
    expect(md).toContain(`| ${PDF_STRINGS.fr.facts.online} | 1 janvier 2026 |`)
    expect(md).toContain(`#### ${PDF_STRINGS.fr.facts.online} · 1 janvier 2026 — `)
  })

  it('splits many sessions into even runs of columns', () => {
    const n = (k: number) => columnRuns(Array.from({ length: k }, (_, i) => i)).map((r) => r.length)
    expect(n(3)).toEqual([3])
    expect(n(7)).toEqual([7])
    expect(n(9)).toEqual([5, 4])
    expect(n(15)).toEqual([5, 5, 5])
  })

  it('reads the city from a place as facilitators write it', () => {
    expect(cityOf('Grenoble — Maison des Habitants')).toBe('Grenoble')
    expect(cityOf('Sousse, Tunisia')).toBe('Sousse')
    expect(cityOf('Saint-Denis (93)')).toBe('Saint-Denis')
    expect(cityOf('  ')).toBe('')
  })
})

describe('the cross-session brief as Markdown', () => {
  it.each(LANGUAGES)('%s: the same notes and consent as the PDF, headings in the language', (lang) => {
    const md = buildCrossSessionMarkdown(crossInput(lang))
    const s = PDF_STRINGS[lang]
    for (const secret of Object.values(CROSS_SECRETS)) expect(md).not.toContain(secret)
    for (const h of [
      s.summary.title,
      s.crossBrief.themesTitle,
      s.crossBrief.coverage.title,
      s.crossBrief.sources.title
    ])
      expect(md).toContain(`## ${h}`)
    for (const theme of Object.values(THEMES)) expect(md).toContain(`### ${escapeMarkdown(theme)}`)
    for (const city of ['Grenoble', 'Barcelona', 'Sousse']) expect(md).toMatch(new RegExp(`\\| ${city}`))
    expect(md).toContain(escapeMarkdown(ORIGINS.barcelona))
    expect(md).toContain(CROSS_SHARED.grenobleQuoteSpeaker)
    // One line per printed note: the Grenoble insight sits in two themes.
    const noteLines = md.split('\n').filter((l) => l.startsWith('- ') && l.includes(' — *'))
    expect(noteLines).toHaveLength(previewCrossSession(crossInput(lang)).included)
    expect(noteLines.filter((l) => l.includes(escapeMarkdown(CROSS_SHARED.grenobleInsight)))).toHaveLength(2)
  })

  it('marks the coverage table like the PDF and never lets the board name become markup', () => {
    const input = crossInput('en')
    input.board = { ...input.board, name: '# [x](https://evil.example) <b>' }
    const md = buildCrossSessionMarkdown(input)
    expect(md.split('\n')[0]).toBe('# \\# \\[x\\]\\(https://evil.example\\) \\<b\\>')
    expect(md).toContain('| Sousse, Tunisia |  |  | ● | 1/3 |')
    expect(md).toContain('| Grenoble, France | ○ |  |  | 1/3 |')
  })
})

describe('naming the file', () => {
  it('names it for the board and the day, in the brief’s language, safe to write', () => {
    expect(crossBriefFileName(BOARD_NAME, 'fr', '2026-06-01')).toBe(
      'Accès aux droits « pour toutes et tous » - ce que disent nos villes — Synthèse transversale — 2026-06-01.pdf'
    )
    expect(crossBriefFileName('../', 'es', null)).toBe('Síntesis entre sesiones.pdf')
    expect(crossBriefFileName('CON', 'en', '2026-06-01', 'md')).toBe(
      'CON — Cross-session brief — 2026-06-01.md'
    )
    const long = crossBriefFileName('x'.repeat(500), 'en', '2026-06-01')
    expect(long).toMatch(/ — Cross-session brief — 2026-06-01\.pdf$/)
    expect(long.length).toBeLessThanOrEqual(120)
  })
})
