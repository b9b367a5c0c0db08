import { LIMITS } from './limits'

/**
 * What an id may look like. Ids end up in file names and paths (sessions/<id>.json, backups/<id>/),
 * so every id from outside is checked against one of these before it is used. Pure: no zod, node
 * or DOM; the schemas pass these patterns to `z.string().regex()`. Lengths are in LIMITS.id.
 */

/** nanoid's URL-safe alphabet: no dot, slash or backslash, so an id never escapes its folder. */
const ID_ALPHABET = 'A-Za-z0-9_-'
/** Lower-case words joined by single hyphens, e.g. "world-cafe". */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*'
const { minRecord, minEntity, max, maxItemRefId, maxSource, maxSlug } = LIMITS.id

/**
 * `^[A-Za-z0-9_-]{8,40}$`: sessions, captured notes, journey steps, clusters, action items,
 * annotations, own Library items, saved templates and export jobs.
 */
export const RECORD_ID_PATTERN = new RegExp(`^[${ID_ALPHABET}]{${minRecord},${max}}$`)

/** `^[A-Za-z0-9_-]{6,40}$`: agenda blocks and personas. */
export const ENTITY_ID_PATTERN = new RegExp(`^[${ID_ALPHABET}]{${minEntity},${max}}$`)

/**
 * `^[a-z0-9]+(?:-[a-z0-9]+)*$`: content packs, their items, and the planning catalog's methods,
 * templates and sample personas. The schemas also cap the length at LIMITS.id.maxSlug.
 */
export const SLUG_ID_PATTERN = new RegExp(`^${SLUG}$`)

/**
 * `^(?:<slug>|yours):[A-Za-z0-9_-]{1,80}$`, a link to a Library item: `<packId>:<itemId>` for a
 * pack item, `yours:<ownItemId>` for one of the facilitator's own items.
 */
export const ITEM_REF_PATTERN = new RegExp(`^(?:${SLUG}|yours):[${ID_ALPHABET}]{1,${maxItemRefId}}$`)

/** `<slug>:<slug>`: a pack item as the planning catalog links to it. */
export const CATALOG_ITEM_REF_PATTERN = new RegExp(`^${SLUG}:${SLUG}$`)

/** `^[A-Za-z0-9-]{1,20}$`: a source cited by a content pack, e.g. "eu-2021". */
export const SOURCE_ID_PATTERN = new RegExp(`^[A-Za-z0-9-]{1,${maxSource}}$`)

/** A session, note, journey step, cluster, action, annotation, own item, saved template or export job id. */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && RECORD_ID_PATTERN.test(value)
}

/** An agenda block or persona id. */
export function isEntityId(value: unknown): value is string {
  return typeof value === 'string' && ENTITY_ID_PATTERN.test(value)
}

/** A content pack, pack item or planning-catalog id: the pattern and the length, as the schemas check. */
export function isSlugId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxSlug && SLUG_ID_PATTERN.test(value)
}

/** A link to a pack item or to one of the facilitator's own items. */
export function isItemRef(value: unknown): value is string {
  return typeof value === 'string' && ITEM_REF_PATTERN.test(value)
}
