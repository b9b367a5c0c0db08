import type { Language } from '../i18n/languages'
import type { ExportNote } from './consent'
import type { Context } from './input'
import { SAFE_UNBREAKABLE, keepWithNext } from './keep-together'
import { COLORS, clip, heading, resolvedStyle, table, txt } from './layout'
import type { OutcomeData } from './outcome-data'
import { SECTION } from './outcome-sections'
import { PDF_STRINGS, formatNumber, plural } from './strings'
import type { Content, TableCell } from './types'
import { localizedText } from '../content/localized'

/*
 * The outcome brief's sections made of what participants said: the notes, grouped by cluster or
 * by the note's themes, and the attributable quotes. The cross-session brief sets its notes with
 * the same noteNode, so both briefs read alike.
 */

/** Quotation marks of the brief's language, unless the facilitator already typed some. */
export function quoted(lang: Language, text: string): string {
  const s = text.trim()
  if (/^["«“„‹'‘]/.test(s) && /["»”‟›'’]$/.test(s)) return s
  return lang === 'fr' ? `«\u00a0${s}\u00a0»` : lang === 'es' ? `«${s}»` : `“${s}”`
}

function noteMeta(lang: Language, note: ExportNote): string {
  const s = PDF_STRINGS[lang]
  const parts = [s.noteTypes[note.type]]
  if (note.votes > 0) parts.push(plural(lang, note.votes, s.insights.voteCount))
  if (note.speaker) parts.push(note.speaker)
  return parts.join(' · ')
}

/**
 * One text node per note, its type, votes and speaker following it in small grey type on the
 * same line: a 500-note brief lays out in about half the time of a stack of two nodes, and a
 * short note takes one line. Short notes are kept whole.
 */
const NOTE_INLINE = resolvedStyle('body')
// The meta line shares the note's line height, so the gap under it matches the note's leading.
const META_INLINE = { ...resolvedStyle('meta'), lineHeight: NOTE_INLINE.lineHeight }

export function noteNode(lang: Language, note: ExportNote): Content {
  const text = txt(note.text, undefined, NOTE_INLINE)
  return {
    text: [text, txt(`\u2003${noteMeta(lang, note)}`, undefined, META_INLINE)],
    margin: [0, 0, 0, 5],
    ...(text.text.length < SAFE_UNBREAKABLE ? { unbreakable: true } : {})
  }
}

function groupNodes(lang: Language, title: string, votes: number | null, notes: ExportNote[]): Content[] {
  const s = PDF_STRINGS[lang].insights
  const head: Content = {
    text: [
      txt(title),
      ...(votes === null
        ? []
        : [txt(`   ${plural(lang, votes, s.voteCount)}`, 'meta', { bold: true, color: COLORS.accent })])
    ],
    style: 'h3',
    margin: [0, 10, 0, 4]
  }
  return keepWithNext(
    [head],
    notes.map((n) => noteNode(lang, n))
  )
}

/** The theme table's opening of its most voted note: one line; the note is in full above. */
const TOP_NOTE_CHARS = 52

export function insightsSection(ctx: Context, data: OutcomeData): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].insights
  const title = heading(s.title, 1, SECTION)
  if (data.notes.length === 0) return keepWithNext([title], [txt(s.empty, 'body')])
  // Headings are kept with the first note under them by construction: pdfmake's orphan check
  // (`pageBreakBefore`) cannot see through unbreakable blocks, nor work on the first page.
  const byItemFull = data.clusters.length === 0
  if (byItemFull) {
    // Without clusters, the note's themes are the only grouping: every note in full, once per theme.
    const groups = [
      ...data.byItem.flatMap((g) => groupNodes(lang, localizedText(g.item.title, lang), g.votes, g.notes)),
      ...(data.unlinked.length ? groupNodes(lang, s.otherNotes, null, data.unlinked) : [])
    ]
    return keepWithNext([title, heading(s.byItem, 2, { margin: [0, 2, 0, 0] })], groups)
  }
  const groups = [
    ...data.clusters.flatMap((c) => groupNodes(lang, c.title, c.votes, c.notes)),
    ...(data.unclustered.length ? groupNodes(lang, s.unclustered, null, data.unclustered) : [])
  ]
  const out = keepWithNext([title, heading(s.byCluster, 2, { margin: [0, 2, 0, 0] })], groups)
  const rows: TableCell[][] = data.byItem.map((g) => [
    txt(localizedText(g.item.title, lang), 'td', { bold: true }),
    txt(formatNumber(lang, g.notes.length), 'td', { alignment: 'right' }),
    txt(formatNumber(lang, g.votes), 'td', { alignment: 'right' }),
    txt(g.notes[0] ? clip(g.notes[0].text, TOP_NOTE_CHARS) : '', 'small')
  ])
  if (data.unlinked.length) {
    rows.push([
      txt(s.otherNotes, 'td', { italics: true }),
      txt(formatNumber(lang, data.unlinked.length), 'td', { alignment: 'right' }),
      txt(
        formatNumber(
          lang,
          data.unlinked.reduce((sum, n) => sum + n.votes, 0)
        ),
        'td',
        { alignment: 'right' }
      ),
      txt(data.unlinked[0] ? clip(data.unlinked[0].text, TOP_NOTE_CHARS) : '', 'small')
    ])
  }
  out.push(
    ...keepWithNext(
      [heading(s.byItem, 2, { margin: [0, 14, 0, 4] })],
      [table([s.item, s.notes, s.votes, s.topNote], rows, [150, 34, 34, '*'], lang)]
    )
  )
  return out
}

export function quotesSection(ctx: Context, data: OutcomeData): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].quotes
  const head = [heading(s.title, 1, SECTION)]
  if (!ctx.session.consent.attributableQuotes) return keepWithNext(head, [txt(s.notAllowed, 'body')])
  if (data.quotes.length === 0) return keepWithNext(head, [txt(s.empty, 'body')])
  const quotes = data.quotes.map((q): Content => ({
    text: [
      txt(quoted(lang, q.text)),
      txt(`\u2002— ${q.speaker ?? s.unattributed}`, 'small', { italics: false })
    ],
    style: 'quote',
    margin: [12, 0, 0, 8],
    ...(q.text.length < SAFE_UNBREAKABLE ? { unbreakable: true } : {})
  }))
  return keepWithNext(head, quotes)
}
