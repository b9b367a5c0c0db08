/**
 * Plain constants and id helpers for content, free of zod so the renderer can import them without
 * pulling in (and evaluating) the schemas: zod schema construction cost ~100 ms at start-up.
 */
/** The `format` every content pack declares: how a dropped or opened `.json` file is told apart. */
export const CONTENT_PACK_FORMAT = 'passerelle.content-pack'

export const TIERS = ['note', 'launch', 'event', 'companion', 'context', 'editorial'] as const
export type Tier = (typeof TIERS)[number]

export const ITEM_KINDS = [
  'note',
  'section',
  'concept',
  'method',
  'case-study',
  'topic',
  'purpose',
  'lessons',
  'prompt',
  'glossary',
  'challenge',
  'event'
] as const
export type ItemKind = (typeof ITEM_KINDS)[number]

/** The three purposes the note gives its nine key lessons. */
export const PURPOSES = ['shared-vision', 'vision-to-policy', 'multi-stakeholder'] as const
export type Purpose = (typeof PURPOSES)[number]

/** `<packId>:<itemId>` for a pack item, `yours:<ownItemId>` for the facilitator's own item. */
export type ItemRef = string
export const packItemRef = (packId: string, id: string): ItemRef => `${packId}:${id}`
export const ownItemRef = (id: string): ItemRef => `yours:${id}`
