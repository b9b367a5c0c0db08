import { PURPOSES, type Purpose } from '../content/constants'
import type { ContentItem } from '../content/schema'
import { NOTE_TYPES, type JourneyStep, type NoteType } from '../planning/capture'
import type { ActionItem } from '../planning/synthesis'
import type { Persona } from '../planning/session'
import { computeSchedule } from '../planning/schedule'
import { type ConsentCounts, type ExportNote, exportableNotes } from './consent'
import { type Context, purposesOf, resolveItems } from './input'

/**
 * What the outcome brief says, worked out once from the session and shared by the PDF and the
 * Markdown export. Only notes that passed `exportableNotes` ever get in here.
 */
export interface NoteGroup {
  title: string
  votes: number
  notes: ExportNote[]
}

export interface ItemGroup {
  item: ContentItem
  notes: ExportNote[]
  votes: number
}

export interface AgendaRow {
  title: string
  kind: 'activity' | 'break'
  day: number
  plannedStart: number
  plannedEnd: number
  actual: { start: string; end: string | null } | null
}

export const COVERAGE_KINDS = ['case-study', 'concept', 'topic', 'method', 'prompt'] as const
export type CoverageKind = (typeof COVERAGE_KINDS)[number]

export interface OutcomeData {
  notes: ExportNote[]
  counts: ConsentCounts
  byType: Record<NoteType, number>
  byPurpose: Record<Purpose | 'none', number>
  /** Clusters holding at least one shareable note, most votes first. */
  clusters: NoteGroup[]
  /** Shareable notes outside every cluster, most votes first. */
  unclustered: ExportNote[]
  /** Pack items the shareable notes link to, most votes (then most notes) first. */
  byItem: ItemGroup[]
  /** Shareable notes that link to no pack item. */
  unlinked: ExportNote[]
  quotes: ExportNote[]
  journeys: { persona: Persona | null; name: string; doors: JourneyStep[]; walls: JourneyStep[] }[]
  actions: ActionItem[]
  coverage: {
    purposes: { purpose: Purpose; notes: number; viaAgenda: boolean }[]
    kinds: { kind: CoverageKind; reached: ContentItem[]; notReached: ContentItem[] }[]
  }
  agenda: AgendaRow[]
  ranLive: boolean
}

const byVotes = (a: ExportNote, b: ExportNote) => b.votes - a.votes

export function outcomeData(ctx: Context): OutcomeData {
  const { session } = ctx
  const { notes, counts } = exportableNotes(session)
  const byId = new Map(notes.map((n) => [n.id, n]))

  const byType = Object.fromEntries(NOTE_TYPES.map((t) => [t, 0])) as Record<NoteType, number>
  const byPurpose = { 'shared-vision': 0, 'vision-to-policy': 0, 'multi-stakeholder': 0, none: 0 }
  const purposeNotes = new Map<Purpose, number>()
  for (const note of notes) {
    byType[note.type]++
    const purposes = purposesOf(ctx, note.links)
    if (purposes.length === 0) byPurpose.none++
    for (const p of purposes) {
      byPurpose[p]++
      purposeNotes.set(p, (purposeNotes.get(p) ?? 0) + 1)
    }
  }

  const clustered = new Set<string>()
  const clusters: NoteGroup[] = []
  for (const cluster of session.synthesis.clusters) {
    const members = cluster.noteIds.flatMap((id) => {
      const note = byId.get(id)
      // A note belongs to at most one cluster; the first one wins if the data says otherwise.
      if (!note || clustered.has(id)) return []
      clustered.add(id)
      return [note]
    })
    if (members.length)
      clusters.push({ title: cluster.name, votes: cluster.votes, notes: members.sort(byVotes) })
  }
  clusters.sort((a, b) => b.votes - a.votes)

  const itemGroups = new Map<string, ItemGroup>()
  const unlinked: ExportNote[] = []
  for (const note of notes) {
    const items = resolveItems(ctx, note.links)
    if (items.length === 0) unlinked.push(note)
    for (const item of items) {
      const group = itemGroups.get(item.id) ?? { item, notes: [], votes: 0 }
      group.notes.push(note)
      group.votes += note.votes
      itemGroups.set(item.id, group)
    }
  }
  const byItem = [...itemGroups.values()]
    .map((g) => ({ ...g, notes: g.notes.sort(byVotes) }))
    .sort((a, b) => b.votes - a.votes || b.notes.length - a.notes.length)

  return {
    notes,
    counts,
    byType,
    byPurpose,
    clusters,
    unclustered: notes.filter((n) => !clustered.has(n.id)).sort(byVotes),
    byItem,
    unlinked: unlinked.sort(byVotes),
    quotes: notes.filter((n) => n.type === 'quote').sort(byVotes),
    journeys: journeysOf(ctx),
    actions: [...session.synthesis.actions].sort(
      (a, b) => Number(a.done) - Number(b.done) || (a.due ?? '9999').localeCompare(b.due ?? '9999')
    ),
    coverage: coverageOf(ctx, notes, purposeNotes),
    agenda: agendaOf(ctx),
    ranLive: session.live.startedAt !== null || Object.keys(session.live.blocks).length > 0
  }
}

function journeysOf(ctx: Context): OutcomeData['journeys'] {
  const personas = new Map(ctx.session.personas.map((p) => [p.id, p]))
  const groups = new Map<string, OutcomeData['journeys'][number]>()
  for (const step of ctx.session.journeys) {
    const persona = personas.get(step.personaId) ?? null
    const group = groups.get(step.personaId) ?? {
      persona,
      name: persona?.name ?? '—',
      doors: [],
      walls: []
    }
    ;(step.outcome === 'door' ? group.doors : group.walls).push(step)
    groups.set(step.personaId, group)
  }
  // Personas in the order the facilitator arranged them; steps in the order they were recorded.
  const order = new Map(ctx.session.personas.map((p, i) => [p.id, i]))
  return [...groups.entries()]
    .sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9))
    .map(([, g]) => g)
}

function coverageOf(
  ctx: Context,
  notes: ExportNote[],
  purposeNotes: Map<Purpose, number>
): OutcomeData['coverage'] {
  const agendaRefs = ctx.session.blocks.flatMap((b) => b.links)
  const reachedRefs = new Set([...agendaRefs, ...notes.flatMap((n) => n.links)])
  const agendaPurposes = new Set(purposesOf(ctx, agendaRefs))
  const prefix = `${ctx.pack.id}:`
  return {
    purposes: PURPOSES.map((purpose) => ({
      purpose,
      notes: purposeNotes.get(purpose) ?? 0,
      viaAgenda: agendaPurposes.has(purpose)
    })),
    kinds: COVERAGE_KINDS.map((kind) => {
      const items = ctx.pack.items.filter((i) => i.kind === kind).sort((a, b) => a.order - b.order)
      return {
        kind,
        reached: items.filter((i) => reachedRefs.has(prefix + i.id)),
        notReached: items.filter((i) => !reachedRefs.has(prefix + i.id))
      }
    })
  }
}

function agendaOf(ctx: Context): AgendaRow[] {
  const { session } = ctx
  const schedule = computeSchedule(session.blocks, session.startTime, session.plannedEnd)
  return session.blocks.map((block, i) => {
    const timed = schedule.blocks[i]
    const live = session.live.blocks[block.id]
    return {
      title: block.title,
      kind: block.kind,
      day: block.day,
      plannedStart: timed?.start ?? 0,
      plannedEnd: timed?.end ?? 0,
      actual: live ? { start: live.start, end: live.end } : null
    }
  })
}
