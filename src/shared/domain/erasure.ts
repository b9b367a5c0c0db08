/**
 * What an erased pseudonym becomes inside a text: visibly gone, not silently rewritten. It is
 * written into the notebook once and read later in any interface language, so it is a mark every
 * language reads the same way (the ellipsis in brackets of an omission), not an English word.
 */
export const ERASED_MARK = '[…]'
