/**
 * Every length and count limit Passerelle enforces, in one place. The zod schemas (shared and
 * main's on-disk shapes), the renderer's `maxLength` props and the pseudonym scrubber read these,
 * so a limit changes here and nowhere else. Lengths count UTF-16 code units (`string.length`), as
 * zod's `.max()` and the DOM's `maxLength` do. Pure: no zod, node or DOM.
 *
 * Raising a limit is safe for files already written; lowering one can make an existing notebook
 * fail to validate, so it needs a migration.
 */
export const LIMITS = {
  /** Lengths of ids; src/shared/ids.ts turns them into patterns. */
  id: {
    /** Ids main makes with `nanoid()` (21 characters): sessions, notes, clusters, Library entries… */
    minRecord: 8,
    /** Agenda blocks and personas, made with `nanoid(10)`. */
    minEntity: 6,
    /** The longest id of either kind, and of any reference to one (e.g. a note's `blockId`). */
    max: 40,
    /** Content pack ids, pack item ids and planning-catalog ids (methods, templates, personas). */
    maxSlug: 80,
    /** The id part of a Library item reference (`<packId>:<itemId>`, `yours:<ownItemId>`). */
    maxItemRefId: 80,
    /** A pack's source id, e.g. "eu-2021". */
    maxSource: 20
  },

  /** The facts of a session (the details form). */
  session: {
    /** Also the title of a session saved as a template, and of its line in the notebook index. */
    title: 200,
    place: 300,
    /** An IANA time zone name, e.g. "America/Argentina/Buenos_Aires". */
    timeZone: 64,
    audience: 2000,
    /** Objectives and the facilitator's notes. */
    longText: 10_000,
    consentNote: 2000,
    /** Working languages of the session. */
    languages: 3,
    blocks: 300,
    personas: 60,
    /** Notes captured during the session. */
    captures: 20_000,
    /** Storytelling journey steps (doors and walls). */
    journeys: 2000
  },

  /** An agenda block. */
  block: {
    title: 200,
    notes: 10_000,
    materials: 2000,
    /** Library items linked to the block. */
    links: 20,
    minMinutes: 1,
    maxMinutes: 480,
    /** Multi-day sessions: a block is on day 1 to 7. */
    days: 7
  },

  /** A persona of the storytelling method. */
  persona: {
    name: 60,
    maxAge: 120,
    gender: 100,
    family: 300,
    education: 300,
    timeSinceArrival: 100,
    administrativeStatus: 300,
    vulnerabilities: 2000,
    story: 4000,
    /** The breakout group it is given to, e.g. "Group A". */
    group: 60
  },

  /** A note captured while the session runs. */
  note: {
    text: 5000,
    tags: 10,
    /** Letters, digits or hyphens in one tag (counted as code points). */
    tagLength: 40,
    links: 10,
    /** A pseudonym or group name. */
    speaker: 60
  },

  /** A step of a persona's journey. */
  journey: {
    label: 200,
    note: 2000
  },

  /** Clusters, dot votes and action items after the session. */
  synthesis: {
    clusters: 200,
    clusterName: 120,
    /** Notes in one cluster: as many as a session can hold. */
    clusterNotes: 20_000,
    /** Dots on one note or cluster. */
    votes: 999,
    actions: 500,
    actionText: 500,
    actionOwner: 120,
    /** Notes one action answers. */
    actionNotes: 20
  },

  /** The facilitator's private Library layer (library.json). */
  library: {
    annotation: 10_000,
    ownItemTitle: 200,
    ownItemBody: 20_000,
    annotations: 20_000,
    ownItems: 5000,
    /** Sessions saved as templates. */
    templates: 500
  },

  /** Content packs (docs/content-packs.md): generous for real packs, bounded for hostile files. */
  pack: {
    /** Characters of a pack file main parses, and the file's JSON nesting depth. */
    chars: 10_000_000,
    depth: 64,
    items: 2000,
    blocksPerItem: 40,
    sources: 500,
    tags: 30,
    /** Lower-case letters, digits or hyphens in one tag. */
    tagLength: 40,
    related: 50,
    /** Item purposes shown as filters. */
    purposes: 3,
    /** Titles, headings (each language). */
    shortText: 300,
    /** Summaries and block texts (each language). */
    longText: 20_000,
    sourceTitle: 600,
    sourceUrl: 1000,
    /** Sources one provenance badge cites. */
    provenanceSources: 20,
    /** Position of an item in the table of contents. */
    maxOrder: 100_000
  },

  /** The planning catalog shipped with the app (resources/planning/catalog.json). */
  catalog: {
    methods: 200,
    personas: 100,
    templates: 100,
    templateBlocks: 300,
    templateDays: 7,
    blockLinks: 20,
    methodRelated: 20,
    maxMinutes: 480,
    maxGroupSize: 500,
    personaName: 60,
    personaMaxAge: 120
  },

  /** A session leaving or entering the notebook as a file, and its backups. */
  transfer: {
    /** Bytes of a session file main accepts for import. */
    fileBytes: 10_000_000,
    depth: 64,
    backupStamp: 40,
    /** Appended to the title of an imported copy, e.g. " (copy)". */
    titleSuffix: 40
  },

  /** Insights across sessions (insights.json): saved views and cross-session boards. */
  insights: {
    /** Text typed in the search box. */
    query: 200,
    /** Values selected in one facet. */
    facetValues: 50,
    viewName: 120,
    views: 200,
    boards: 100,
    themes: 60,
    themeName: 120,
    /** Notes placed in one theme, from any number of sessions. */
    themeNotes: 2000,
    /** Rows one page of results carries to the screen. */
    pageRows: 500,
    /** Sessions imported in one go (multi-select or a folder). */
    importFiles: 300,
    /** Where a colleague's session came from, e.g. "Sousse — Amal". */
    originLabel: 120
  },

  /** A participant's pseudonym to erase everywhere. */
  pseudonym: {
    min: 2,
    max: 60
  },

  /** An address opened in the system browser. */
  externalUrl: 2000
} as const

export type Limits = typeof LIMITS
