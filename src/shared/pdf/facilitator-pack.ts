import type { AgendaBlock, Persona } from '../planning/session'
import { computeSchedule, formatClock } from '../planning/schedule'
import { type Context, placeLine, resolveItems, sessionDateLong, sessionTimeRange } from './input'
import { keepTogether, keepWithNext } from './keep-together'
import { COLORS, caps, clip, heading, richText, table, txt } from './layout'
import { cover, frame } from './page-frame'
import { PDF_STRINGS, formatMinutes } from './strings'
import type { Content, DocDefinition, TableCell, TableLayout } from './types'
import { localizedText } from '../content/localized'

/** Before the session: what the facilitator needs in hand, in the order they need it. */
export function facilitatorPack(ctx: Context): DocDefinition {
  return frame(ctx.frame, [
    ...cover(ctx.frame, [sessionDateLong(ctx), `${sessionTimeRange(ctx)} · ${placeLine(ctx)}`], [], 90),
    ...facts(ctx),
    ...runSheet(ctx),
    ...personas(ctx),
    ...consentScript(ctx)
  ])
}

const FACTS_LAYOUT: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: (i) => (i === 0 ? 12 : 0),
  paddingTop: () => 4,
  paddingBottom: () => 4
}

export function factsTable(ctx: Context): Content {
  const { session, language: lang } = ctx
  const s = PDF_STRINGS[lang]
  const f = s.facts
  const rows: [string, Content[]][] = [
    [f.date, [txt(sessionDateLong(ctx), 'body')]],
    [f.time, [txt(sessionTimeRange(ctx), 'body')]],
    [f.timeZone, [txt(session.timeZone, 'body')]],
    [f.format, [txt(session.online ? f.online : f.inPerson, 'body')]],
    [f.place, [txt(session.place.trim() || f.notSet, 'body')]],
    [f.languages, [txt(session.languages.map((l) => s.languageNames[l]).join(', ') || f.notSet, 'body')]],
    [f.audience, session.audience.trim() ? richText(session.audience) : [txt(f.notSet, 'body')]],
    [f.objectives, session.objectives.trim() ? richText(session.objectives) : [txt(f.notSet, 'body')]],
    ...(session.notes.trim() ? [[f.notes, richText(session.notes)] as [string, Content[]]] : [])
  ]
  return {
    table: {
      widths: [110, '*'],
      body: rows.map(([label, value]) => [
        txt(caps(lang, label), 'label', { margin: [0, 2, 0, 0] }),
        { stack: value }
      ])
    },
    layout: FACTS_LAYOUT
  }
}

function facts(ctx: Context): Content[] {
  return keepWithNext(
    [heading(PDF_STRINGS[ctx.language].facts.title, 2, { margin: [0, 0, 0, 8] })],
    [factsTable(ctx)]
  )
}

function blockCell(ctx: Context, block: AgendaBlock): Content {
  const s = PDF_STRINGS[ctx.language].runSheet
  const lang = ctx.language
  const parts: Content[] = [txt(block.title, 'body', { bold: true })]
  const method = block.methodId ? ctx.methods.get(block.methodId) : undefined
  if (method) {
    parts.push({
      text: [
        txt(`${s.method}${PDF_STRINGS[lang].colon}`, undefined, { color: COLORS.muted }),
        txt(localizedText(method.title, lang))
      ],
      style: 'small'
    })
  }
  if (block.protected) parts.push(txt(s.protected, 'small', { color: COLORS.accent }))
  const linked = resolveItems(ctx, block.links)
  if (linked.length) {
    parts.push(txt(caps(lang, s.linked), 'label', { margin: [0, 6, 0, 2] }))
    for (const item of linked) {
      parts.push({
        text: [
          txt(`${localizedText(item.title, lang)}. `, undefined, { bold: true }),
          txt(clip(localizedText(item.summary, lang), 260))
        ],
        style: 'small',
        margin: [0, 0, 0, 3]
      })
    }
  }
  if (block.materials.trim()) {
    parts.push(txt(caps(lang, s.materials), 'label', { margin: [0, 6, 0, 2] }))
    parts.push(...richText(block.materials, 'small'))
  }
  if (block.notes.trim()) {
    parts.push(txt(caps(lang, s.notes), 'label', { margin: [0, 6, 0, 2] }))
    parts.push(...richText(block.notes, 'small'))
  }
  return { stack: parts }
}

function runSheet(ctx: Context): Content[] {
  const { session, language: lang } = ctx
  const s = PDF_STRINGS[lang].runSheet
  const head = [heading(s.title, 1, { pageBreak: 'before' }), txt(s.intro, 'lead')]
  if (session.blocks.length === 0) return [...head, txt(s.empty, 'body')]
  const schedule = computeSchedule(session.blocks, session.startTime, session.plannedEnd)
  const timing = new Map(schedule.blocks.map((b) => [b.id, b]))
  const days = [...new Set(session.blocks.map((b) => b.day))].sort((a, b) => a - b)
  const out: Content[] = [...head]
  for (const day of days) {
    const rows: TableCell[][] = session.blocks
      .filter((b) => b.day === day)
      .map((block) => {
        const t = timing.get(block.id)
        const fill = block.kind === 'break' ? { fillColor: '#f4f5f7' } : {}
        return [
          txt(t ? `${formatClock(t.start)}–${formatClock(t.end)}` : '', 'td', { bold: true, ...fill }),
          { ...(block.kind === 'break' ? breakCell(ctx, block) : blockCell(ctx, block)), ...fill },
          txt(formatMinutes(lang, block.durationMinutes), 'td', { alignment: 'right', ...fill })
        ]
      })
    const grid = table([s.time, s.block, s.duration], rows, [70, '*', 52], lang)
    if (days.length > 1) out.push(heading(s.day(String(day)), 2))
    out.push(grid)
  }
  out.push(txt(s.total(formatMinutes(lang, schedule.totalMinutes)), 'body', { bold: true }))
  if (schedule.overrunMinutes > 0 && session.plannedEnd) {
    out.push(
      txt(s.overrun(formatMinutes(lang, schedule.overrunMinutes), session.plannedEnd), 'body', {
        color: COLORS.wall,
        margin: [0, 4, 0, 0]
      })
    )
  }
  return out
}

function breakCell(ctx: Context, block: AgendaBlock): Content {
  const s = PDF_STRINGS[ctx.language].runSheet
  return {
    stack: [
      txt(block.title, 'body', { color: COLORS.muted }),
      ...(block.title.toLocaleLowerCase(ctx.language).includes(s.breakLabel.toLocaleLowerCase(ctx.language))
        ? []
        : [txt(s.breakLabel, 'small')])
    ]
  }
}

export function personaDetails(ctx: Context, persona: Persona, maxStory = Infinity): Content[] {
  const s = PDF_STRINGS[ctx.language].personas
  const lang = ctx.language
  const rows: [string, string][] = [
    [s.age, persona.age === null ? '' : String(persona.age)],
    [s.gender, persona.gender],
    [s.family, persona.family],
    [s.education, persona.education],
    [s.timeSinceArrival, persona.timeSinceArrival],
    [s.administrativeStatus, persona.administrativeStatus],
    [s.group, persona.group ?? '']
  ]
  const present = rows.filter(([, v]) => v.trim())
  const out: Content[] = present.map(([label, value]) => ({
    text: [txt(`${label}${PDF_STRINGS[lang].colon}`, undefined, { color: COLORS.muted }), txt(value)],
    style: 'small',
    margin: [0, 0, 0, 1]
  }))
  if (persona.vulnerabilities.trim()) {
    out.push(txt(caps(lang, s.vulnerabilities), 'label', { margin: [0, 6, 0, 1] }))
    out.push(txt(clip(persona.vulnerabilities, maxStory), 'small', { color: COLORS.ink }))
  }
  if (persona.story.trim()) {
    out.push(txt(caps(lang, s.story), 'label', { margin: [0, 6, 0, 1] }))
    out.push(txt(clip(persona.story, maxStory), 'small', { color: COLORS.ink }))
  }
  return out
}

function personas(ctx: Context): Content[] {
  const s = PDF_STRINGS[ctx.language].personas
  const head = [heading(s.title, 1, { pageBreak: 'before' }), txt(s.intro, 'lead')]
  if (ctx.session.personas.length === 0) return [...head, txt(s.empty, 'body')]
  const cards = ctx.session.personas.map((p) =>
    keepTogether(
      [
        {
          columns: [
            txt(p.name, 'h2', { margin: [0, 0, 0, 2], width: '*' }),
            txt(p.fictional ? s.fictional : '', 'meta', { width: 'auto', margin: [0, 3, 0, 0] })
          ]
        },
        ...personaDetails(ctx, p)
      ],
      [0, 0, 0, 14]
    )
  )
  return keepWithNext(head, cards)
}

function consentScript(ctx: Context): Content[] {
  const s = PDF_STRINGS[ctx.language].consentScript
  const c = ctx.session.consent
  const sentences = [
    s.opening,
    s.notes,
    c.chathamHouse ? s.chathamOn : s.chathamOff,
    c.attributableQuotes ? s.quotesOn : s.quotesOff,
    c.photos ? s.photosOn : ctx.session.online ? s.screenshotsOff : s.photosOff
  ]
  const script: Content[] = sentences.map((line) =>
    txt(line, 'quote', { italics: false, margin: [0, 0, 0, 9] })
  )
  if (c.note.trim()) {
    script.push(txt(s.organisersNote, 'quote', { italics: false, bold: true, margin: [0, 4, 0, 3] }))
    script.push(...richText(c.note, 'quote'))
  }
  script.push(txt(s.closing, 'quote', { italics: false, margin: [0, 8, 0, 0] }))
  return [
    heading(s.title, 1, { pageBreak: 'before' }),
    txt(s.intro, 'lead'),
    {
      table: { widths: ['*'], body: [[{ stack: script, margin: [14, 12, 14, 12] }]] },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: (i) => (i === 0 ? 3 : 0),
        vLineColor: () => COLORS.accent,
        fillColor: () => COLORS.accentSoft
      }
    }
  ]
}
