import type { ContentItem } from '../content/schema'
import type { CrossBriefInput } from '../insights/cross-brief-input'
import type { Note } from '../planning/capture'
import type { Session } from '../planning/session'
import { type ConsentCounts, type ExportNote, exportableNotes } from './consent'
import { COVERAGE_KINDS, type CoverageKind } from './outcome-data'
import { safeZone } from './format'
import { cityOf, dayIn } from './cross-session-labels'

/**
 * What the cross-session brief says, worked out once from the board and its sessions and shared
 * by the PDF, the Markdown and the preview. Every placed note is judged by its own session's rules
 * through `exportableNotes`; a reference to a session or a note that is gone (erased, deleted) is
 * skipped, so a board can never bring back what its session no longer holds.
 */
export interface CrossSession {
  id: string
  /** 1, 2, 3… in date order: the number the coverage table and the sources share. */
  number: number
  title: string
  /** As written; '' when none was given. */
  place: string
  /** The first part of the place ("Grenoble" of "Grenoble — Maison des habitants"); '' when none. */
  city: string
  online: boolean
  /** The session's date; null when it has none (its notes' own days are used instead). */
  date: string | null
  /** Days of its notes in the brief, when the session has no date. */
  noteDays: string[]
  /** "Imported from" label; null for the facilitator's own session. */
  origin: string | null
  /** Distinct notes of this session in the brief. */
  notes: number
}

export interface CrossGroup {
  session: CrossSession
  /** The session's date, or the day the notes were taken. */
  day: string
  notes: ExportNote[]
}

export interface CrossTheme {
  name: string
  /** Notes printed under the theme (a note is printed once per theme it is in). */
  notes: number
  groups: CrossGroup[]
}

export type CoverageMark = 'notes' | 'agenda' | null

export interface CoverageRow {
  item: ContentItem
  /** One per session, in session order: reached through shared notes, through the agenda only, or not. */
  marks: CoverageMark[]
  reachedBy: number
}

export interface CrossCoverage {
  groups: { kind: CoverageKind | 'other'; rows: CoverageRow[] }[]
  /** Items of the main kinds no session reached. */
  notReached: { kind: CoverageKind; items: ContentItem[] }[]
}

export interface CrossSessionData {
  themes: CrossTheme[]
  /** Only the sessions at least one printed note comes from, numbered in date order. */
  sessions: CrossSession[]
  /** Per placement: a note in two themes counts, and is printed, twice. */
  counts: ConsentCounts
  coverage: CrossCoverage
  /** The latest session's zone (else UTC): where "generated on" is dated. */
  timeZone: string
  /** First and last day of the sessions; null when there are none. */
  span: [string, string] | null
  /** Distinct cities (sessions with no place count as one). */
  places: number
}

interface Placement {
  theme: number
  session: Session
  note: Note
}

function placementsOf(input: CrossBriefInput): Placement[] {
  const sessions = new Map(input.sessions.map((s) => [s.id, s]))
  const notes = new Map<string, Map<string, Note>>()
  const out: Placement[] = []
  input.board.themes.forEach((theme, index) => {
    const seen = new Set<string>()
    for (const ref of theme.notes) {
      const key = `${ref.sessionId}/${ref.noteId}`
      if (seen.has(key)) continue
      seen.add(key)
      const session = sessions.get(ref.sessionId)
      if (!session) continue
      let byId = notes.get(session.id)
      if (!byId) {
        byId = new Map(session.captures.map((n) => [n.id, n]))
        notes.set(session.id, byId)
      }
      const note = byId.get(ref.noteId)
      if (note) out.push({ theme: index, session, note })
    }
  })
  return out
}

const emptyCounts = (): ConsentCounts => ({
  total: 0,
  included: 0,
  excluded: { internal: 0, 'not-for-export': 0, 'quotes-not-allowed': 0 },
  speakersRemoved: { anonymous: 0, 'chatham-house': 0 }
})

function addCounts(into: ConsentCounts, from: ConsentCounts): void {
  into.total += from.total
  into.included += from.included
  for (const k of Object.keys(into.excluded) as (keyof ConsentCounts['excluded'])[])
    into.excluded[k] += from.excluded[k]
  for (const k of Object.keys(into.speakersRemoved) as (keyof ConsentCounts['speakersRemoved'])[])
    into.speakersRemoved[k] += from.speakersRemoved[k]
}

/** Placed notes judged by their own session's rules: the shareable ones by session and id, and the counts. */
function judged(placements: Placement[]): {
  shared: Map<string, Map<string, ExportNote>>
  counts: ConsentCounts
} {
  const bySession = new Map<Session, Note[]>()
  for (const p of placements) {
    const list = bySession.get(p.session)
    if (list) list.push(p.note)
    else bySession.set(p.session, [p.note])
  }
  const counts = emptyCounts()
  const shared = new Map<string, Map<string, ExportNote>>()
  for (const [session, placed] of bySession) {
    // One entry per placement, so the counts are per printed note; the rules are the session's own.
    const result = exportableNotes({
      captures: placed,
      consent: session.consent,
      synthesis: session.synthesis
    })
    addCounts(counts, result.counts)
    shared.set(session.id, new Map(result.notes.map((n) => [n.id, n])))
  }
  return { shared, counts }
}

export function crossSessionData(input: CrossBriefInput): CrossSessionData {
  const placements = placementsOf(input)
  const { shared, counts } = judged(placements)
  const printed = placements.flatMap((p) => {
    const note = shared.get(p.session.id)?.get(p.note.id)
    if (!note) return []
    const day = p.session.date ?? dayIn(note.createdAt, p.session.timeZone)
    return [{ ...p, exported: note, day }]
  })

  const sessionsUsed = new Map<string, { session: Session; ids: Set<string>; days: Set<string> }>()
  for (const p of printed) {
    const entry = sessionsUsed.get(p.session.id) ?? { session: p.session, ids: new Set(), days: new Set() }
    entry.ids.add(p.note.id)
    entry.days.add(p.day)
    sessionsUsed.set(p.session.id, entry)
  }
  const sessions: CrossSession[] = [...sessionsUsed.values()]
    .map(({ session, ids, days }) => ({
      id: session.id,
      number: 0,
      title: session.title,
      place: session.place.trim(),
      city: cityOf(session.place),
      online: session.online,
      date: session.date,
      noteDays: session.date ? [] : [...days].sort(),
      origin: input.origins[session.id] ?? null,
      notes: ids.size
    }))
    .sort(
      (a, b) =>
        (a.date ?? a.noteDays[0] ?? '').localeCompare(b.date ?? b.noteDays[0] ?? '') ||
        a.city.localeCompare(b.city) ||
        a.title.localeCompare(b.title) ||
        a.id.localeCompare(b.id)
    )
    .map((s, i) => ({ ...s, number: i + 1 }))
  const byId = new Map(sessions.map((s) => [s.id, s]))

  const byTheme = input.board.themes.map(() => new Map<string, CrossGroup>())
  for (const p of printed) {
    const groups = byTheme[p.theme]!
    const key = `${p.session.id}/${p.day}`
    const group = groups.get(key) ?? { session: byId.get(p.session.id)!, day: p.day, notes: [] }
    // In the order the facilitator arranged the theme.
    group.notes.push(p.exported)
    groups.set(key, group)
  }
  const themes: CrossTheme[] = input.board.themes.map((theme, index) => {
    const groups = [...byTheme[index]!.values()].sort(
      (a, b) => a.session.number - b.session.number || a.day.localeCompare(b.day)
    )
    return { name: theme.name, notes: groups.reduce((sum, g) => sum + g.notes.length, 0), groups }
  })

  const days = sessions.flatMap((s) => (s.date ? [s.date] : s.noteDays)).sort()
  const latest = [...sessions].reverse()[0]
  const zoneOf = (id: string) => sessionsUsed.get(id)?.session.timeZone ?? 'UTC'
  return {
    themes,
    sessions,
    counts,
    coverage: coverageOf(input, sessions),
    timeZone: latest ? safeZone(zoneOf(latest.id)) : 'UTC',
    span: days.length ? [days[0]!, days.at(-1)!] : null,
    places: new Set(sessions.map((s) => s.city.toLocaleLowerCase())).size
  }
}

/**
 * Pack items × sessions. Reached = linked by one of the session's agenda blocks or by one of its
 * notes that may leave it (all of them, not only those on the board: coverage is the session's).
 */
function coverageOf(input: CrossBriefInput, sessions: CrossSession[]): CrossCoverage {
  const prefix = `${input.pack.id}:`
  const full = new Map(input.sessions.map((s) => [s.id, s]))
  const reach = sessions.map((s) => {
    const session = full.get(s.id)!
    return {
      notes: new Set(exportableNotes(session).notes.flatMap((n) => n.links)),
      agenda: new Set(session.blocks.flatMap((b) => b.links))
    }
  })
  const rowOf = (item: ContentItem): CoverageRow => {
    const ref = prefix + item.id
    const marks = reach.map((r): CoverageMark =>
      r.notes.has(ref) ? 'notes' : r.agenda.has(ref) ? 'agenda' : null
    )
    return { item, marks, reachedBy: marks.filter(Boolean).length }
  }
  const main = new Set<string>(COVERAGE_KINDS)
  const ofKind = (kind: CoverageKind) =>
    input.pack.items
      .filter((i) => i.kind === kind)
      .sort((a, b) => a.order - b.order)
      .map(rowOf)
  const kinds = COVERAGE_KINDS.map((kind) => ({ kind, rows: ofKind(kind) }))
  const other = input.pack.items.filter((i) => !main.has(i.kind)).map(rowOf)
  return {
    groups: [...kinds, { kind: 'other' as const, rows: other }]
      .map((g) => ({ kind: g.kind, rows: g.rows.filter((r) => r.reachedBy > 0) }))
      .filter((g) => g.rows.length > 0),
    notReached: kinds.map((g) => ({
      kind: g.kind,
      items: g.rows.filter((r) => r.reachedBy === 0).map((r) => r.item)
    }))
  }
}

/** What the cross-session brief would carry, for the export dialog: the same code path as the file. */
export interface CrossSessionPreview extends ConsentCounts {
  themes: number
  /** Themes with no note that may be printed. */
  emptyThemes: number
  sessions: number
  places: number
}

export function previewCrossSession(input: CrossBriefInput): CrossSessionPreview {
  const data = crossSessionData(input)
  return {
    ...data.counts,
    themes: data.themes.length,
    emptyThemes: data.themes.filter((t) => t.notes === 0).length,
    sessions: data.sessions.length,
    places: data.places
  }
}
