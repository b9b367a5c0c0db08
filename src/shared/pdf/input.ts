import { PURPOSES, type Purpose } from '../content/constants'
import type { ContentItem, ContentPack } from '../content/schema'
import type { Language } from '../i18n/languages'
import type { Method, PlanningCatalog } from '../planning/catalog-schema'
import { computeSchedule, formatClock, toMinutes } from '../planning/schedule'
import type { Session } from '../planning/session'
import { localizedSession } from './catalog-texts'
import { PDF_STRINGS, formatDay, formatDayWithWeekday } from './strings'
import type { Frame } from './page-frame'
import type { PageSize } from './types'

export type BriefKind = 'facilitator-pack' | 'outcome-brief' | 'cards'

export interface BriefInput {
  session: Session
  pack: ContentPack
  catalog: PlanningCatalog
  language: Language
  pageSize: PageSize
  generatedAt: Date
}

/**
 * Lookups the three documents share, built once per export. `session` is the session as the
 * export prints it: texts that are still the catalog's (sample personas, template blocks) in the
 * export language, everything the facilitator wrote as written.
 */
export interface Context extends BriefInput {
  items: Map<string, ContentItem>
  methods: Map<string, Method>
  frame: Frame
}

export function contextOf(input: BriefInput, kind: BriefKind): Context {
  const s = PDF_STRINGS[input.language]
  const prefix = `${input.pack.id}:`
  const items = new Map<string, ContentItem>()
  for (const item of input.pack.items) items.set(prefix + item.id, item)
  return {
    ...input,
    session: localizedSession(input.session, input.catalog, input.language),
    items,
    methods: new Map(input.catalog.methods.map((m) => [m.id, m])),
    frame: {
      lang: input.language,
      pageSize: input.pageSize,
      kindLabel: s.documents[kind],
      sessionTitle: input.session.title,
      sessionDate: input.session.date ? formatDay(input.language, input.session.date) : s.dateToBeConfirmed,
      generatedAt: input.generatedAt,
      timeZone: input.session.timeZone
    }
  }
}

/** Pack items a list of references points to, in order, skipping own items and other packs. */
export function resolveItems(ctx: Context, refs: readonly string[]): ContentItem[] {
  const seen = new Set<string>()
  const out: ContentItem[] = []
  for (const ref of refs) {
    const item = ctx.items.get(ref)
    if (item && !seen.has(ref)) {
      seen.add(ref)
      out.push(item)
    }
  }
  return out
}

/** The key-lesson purposes a set of links reaches, through the purposes of the items linked. */
export function purposesOf(ctx: Context, refs: readonly string[]): Purpose[] {
  const found = new Set<Purpose>()
  for (const item of resolveItems(ctx, refs)) for (const p of item.purposes ?? []) found.add(p)
  return PURPOSES.filter((p) => found.has(p))
}

export const sessionDateLong = (ctx: Context): string =>
  ctx.session.date
    ? formatDayWithWeekday(ctx.language, ctx.session.date)
    : PDF_STRINGS[ctx.language].dateToBeConfirmed

/** "09:00–12:30" from the start time to the planned end, or to the end of the agenda. */
export function sessionTimeRange(ctx: Context): string {
  const { session } = ctx
  const schedule = computeSchedule(session.blocks, session.startTime, session.plannedEnd)
  const end = session.plannedEnd
    ? toMinutes(session.plannedEnd)
    : session.blocks.length
      ? (schedule.dayEnds[1] ?? null)
      : null
  return end === null ? session.startTime : `${session.startTime}–${formatClock(end)}`
}

export function placeLine(ctx: Context): string {
  const f = PDF_STRINGS[ctx.language].facts
  const place = ctx.session.place.trim()
  if (ctx.session.online) return place ? f.onlineAndPlace(place) : f.online
  return place || f.inPerson
}
