import type { NoteType, Place } from '../planning/capture'
import type { Purpose } from '../content/constants'
import type { Language } from '../i18n/languages'

/**
 * The shape of every label the PDFs and the Markdown export print; one file per language
 * (`strings-en.ts`, `strings-es.ts`, `strings-fr.ts`, `strings-ar.ts`) fills it, and the compiler checks each is complete.
 */
/**
 * A noun's forms after a number. `one` and `other` are required; the categories Arabic also uses
 * (`zero`, `two`, `few`, `many`) are optional and fall back to `other` (see `plural` in format.ts).
 */
export type Plural = { one: string; other: string; zero?: string; two?: string; few?: string; many?: string }

export interface PdfStrings {
  /** Between a label and its value: French puts a no-break space before the colon. */
  colon: string
  documents: { 'facilitator-pack': string; 'outcome-brief': string; cards: string }
  pageOf: (page: string, total: string) => string
  preparedWith: (date: string) => string
  dateToBeConfirmed: string
  facts: {
    title: string
    date: string
    time: string
    timeZone: string
    place: string
    format: string
    languages: string
    audience: string
    objectives: string
    notes: string
    online: string
    inPerson: string
    onlineAndPlace: (place: string) => string
    notSet: string
  }
  languageNames: Record<Language, string>
  runSheet: {
    title: string
    intro: string
    time: string
    block: string
    duration: string
    breakLabel: string
    method: string
    materials: string
    notes: string
    linked: string
    protected: string
    day: (n: string) => string
    total: (duration: string) => string
    overrun: (minutes: string, end: string) => string
    empty: string
  }
  personas: {
    title: string
    intro: string
    age: string
    gender: string
    family: string
    education: string
    timeSinceArrival: string
    administrativeStatus: string
    vulnerabilities: string
    story: string
    group: string
    fictional: string
    empty: string
  }
  consentScript: {
    title: string
    intro: string
    opening: string
    notes: string
    chathamOn: string
    chathamOff: string
    quotesOn: string
    quotesOff: string
    photosOn: string
    photosOff: string
    screenshotsOff: string
    organisersNote: string
    closing: string
  }
  summary: {
    title: string
    notesShared: Plural
    clusters: Plural
    actions: Plural
    personas: Plural
    byType: string
    byPurpose: string
    noPurpose: string
    consentLine: (included: string, kept: string) => string
    allShared: (included: string) => string
  }
  noteTypes: Record<NoteType, string>
  purposes: Record<Purpose, string>
  insights: {
    title: string
    byCluster: string
    byItem: string
    unclustered: string
    otherNotes: string
    item: string
    notes: string
    votes: string
    topNote: string
    voteCount: Plural
    empty: string
  }
  quotes: { title: string; notAllowed: string; empty: string; unattributed: string }
  journeys: {
    title: string
    intro: string
    persona: string
    doors: string
    walls: string
    places: Record<Place, string>
    empty: string
    none: string
  }
  actions: {
    title: string
    action: string
    owner: string
    due: string
    status: string
    done: string
    open: string
    ownerToAgree: string
    noDate: string
    empty: string
  }
  coverage: {
    title: string
    intro: string
    purposes: string
    purpose: string
    reached: string
    notReached: string
    noteCount: Plural
    viaAgenda: string
    kind: string
    kinds: { 'case-study': string; concept: string; topic: string; method: string; prompt: string }
    none: string
    /** After the first titles of a long list: "and 12 more". */
    more: (count: string) => string
  }
  agenda: {
    title: string
    block: string
    planned: string
    asRun: string
    difference: string
    notRun: string
    running: string
    onTime: string
    notLive: string
  }
  attribution: { title: string; lead: string; packLabel: string; disclaimer: string }
  cards: {
    prompt: string
    persona: string
    caseStudy: string
    method: string
    duration: string
    groupSize: (min: string, max: string) => string
    materials: string
    steps: string
    purpose: string
    cutHint: string
    empty: string
  }
  markdown: { excluded: string }
  crossBrief: CrossBriefStrings
}

/** The cross-session brief: one board's themes, drawing on notes from many sessions. */
export interface CrossBriefStrings {
  document: string
  generatedOn: (date: string) => string
  sessionCount: Plural
  /** `notes` is a count with its noun ("38 notes"); `kept` a bare number. */
  consentLine: (notes: string, kept: string) => string
  allShared: (notes: string) => string
  votesNote: string
  figures: { themes: Plural; sessions: Plural; places: Plural }
  themeTable: { theme: string; notes: string; places: string }
  themesTitle: string
  themeEmpty: string
  boardEmpty: string
  noneShared: string
  coverage: {
    title: string
    intro: string
    item: string
    total: string
    viaNotes: string
    viaAgenda: string
    otherKinds: string
    notReached: string
    columns: (from: string, to: string, total: string) => string
    empty: string
  }
  sources: {
    title: string
    intro: string
    session: string
    place: string
    date: string
    origin: string
    notes: string
    ownSession: string
  }
  placeNotGiven: string
  dateNotGiven: string
}
