import MiniSearch, { type SearchResult } from 'minisearch'
import { LANGUAGES, type Language } from '../i18n/languages'
import { ownItemRef, packItemRef, type ItemKind, type ItemRef } from './constants'
import type { Annotation, InstalledPack, OwnItem } from './library'
import { localizedText } from './localized'

/** Case- and accent-insensitive form used for indexing, querying and highlighting alike. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

export interface SearchDoc {
  id: string
  ref: ItemRef
  lang: Language
  kind: ItemKind | 'yours'
  title: string
  text: string
}

export interface SearchHit {
  ref: ItemRef
  /** The language of the version shown (title and snippet). */
  lang: Language
  /** Every language whose version of the item matched, the one shown first. */
  languages: Language[]
  kind: SearchDoc['kind']
  title: string
  snippet: string
  /** Folded query terms MiniSearch matched, for highlighting. */
  terms: string[]
  score: number
}

/** One document per item and language; own items and annotations live in the writer's language. */
export function searchDocuments(
  packs: InstalledPack[],
  ownItems: OwnItem[],
  annotations: Annotation[]
): SearchDoc[] {
  const notes = new Map<string, string>()
  for (const a of annotations) notes.set(a.target, a.text)
  const docs: SearchDoc[] = []
  for (const { pack } of packs) {
    for (const item of pack.items) {
      const ref = packItemRef(pack.id, item.id)
      for (const lang of LANGUAGES) {
        // A text the pack lacks in this language would only repeat its English version.
        if (item.title[lang] === undefined) continue
        const body = [
          localizedText(item.summary, lang),
          ...item.blocks.flatMap((b) => [localizedText(b.heading, lang) ?? '', localizedText(b.text, lang)]),
          notes.get(ref) ?? ''
        ]
        docs.push({
          id: `${lang}|${ref}`,
          ref,
          lang,
          kind: item.kind,
          title: localizedText(item.title, lang),
          text: body.join('\n')
        })
      }
    }
  }
  for (const own of ownItems) {
    const ref = ownItemRef(own.id)
    const text = [own.body, notes.get(ref) ?? ''].join('\n')
    for (const lang of LANGUAGES)
      docs.push({ id: `${lang}|${ref}`, ref, lang, kind: 'yours', title: own.title, text })
  }
  return docs
}

export type LibraryIndex = MiniSearch<SearchDoc>

export function buildIndex(docs: SearchDoc[]): LibraryIndex {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'text'],
    storeFields: ['ref', 'lang', 'kind', 'title', 'text'],
    processTerm: (term) => fold(term),
    searchOptions: {
      boost: { title: 3 },
      prefix: true,
      fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
      combineWith: 'AND'
    }
  })
  index.addAll(docs)
  return index
}

/**
 * Search in one language or in all. In "all", each item appears once: in the `prefer`red language
 * (the reader's) whenever that version matches, otherwise in the language where it matched best,
 * with the other languages that matched too, so a French query does not list the same case study
 * three times. Items rank by their best match in any language.
 */
export function searchLibrary(
  index: LibraryIndex,
  query: string,
  scope: Language | 'all',
  options: { prefer?: Language; limit?: number } = {}
): SearchHit[] {
  const limit = options.limit ?? 30
  if (fold(query).trim().length < 2) return []
  const results = index.search(query, scope === 'all' ? {} : { filter: (r) => r.lang === scope }) as Array<
    SearchResult & SearchDoc
  >
  // Results come best first, so a Map's insertion order is the ranking of each item's best match.
  const byRef = new Map<ItemRef, Array<SearchResult & SearchDoc>>()
  for (const r of results) {
    const versions = byRef.get(r.ref)
    if (versions) versions.push(r)
    else if (byRef.size < limit) byRef.set(r.ref, [r])
  }
  const hits: SearchHit[] = []
  for (const [ref, versions] of byRef) {
    const best = versions[0]!
    const shown = versions.find((v) => v.lang === options.prefer) ?? best
    // Own items are indexed once per language with the same text: they have no other versions.
    const languages =
      shown.kind === 'yours'
        ? [shown.lang]
        : [shown.lang, ...LANGUAGES.filter((l) => l !== shown.lang && versions.some((v) => v.lang === l))]
    hits.push({
      ref,
      lang: shown.lang,
      languages,
      kind: shown.kind,
      title: shown.title,
      snippet: snippetOf(shown.text, shown.terms),
      terms: shown.terms,
      score: best.score
    })
  }
  return hits
}

/** A short excerpt around the first match, cut at word boundaries. */
export function snippetOf(text: string, terms: string[], radius = 90): string {
  const flat = text.replace(/\s+/g, ' ').replace(/^- /, '')
  const ranges = highlightRanges(flat, terms)
  const first = ranges[0]
  if (!first) return flat.length > radius * 2 ? `${flat.slice(0, radius * 2).replace(/\s\S*$/, '')}…` : flat
  let start = Math.max(0, first[0] - radius)
  let end = Math.min(flat.length, first[1] + radius)
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > first[1] ? flat.lastIndexOf(' ', end) : end
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`
}

/**
 * Where `terms` occur in `text`, ignoring case and accents: "region" marks "région". Matches start
 * at a word boundary (prefix search). Returns sorted, non-overlapping [start, end) ranges.
 */
export function highlightRanges(text: string, terms: string[]): Array<[number, number]> {
  const wanted = [...new Set(terms.map(fold).filter((t) => t.length > 0))]
  if (wanted.length === 0) return []
  let folded = ''
  const origin: number[] = []
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!
    const ch = String.fromCodePoint(cp)
    for (const f of fold(ch)) {
      folded += f
      origin.push(i)
    }
    i += ch.length
  }
  origin.push(text.length)
  const ranges: Array<[number, number]> = []
  for (const term of wanted) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      if (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1]!)) continue
      let end = at + term.length
      // Extend to the end of the word so a prefix match highlights the whole word.
      while (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end]!)) end++
      ranges.push([origin[at]!, origin[end]!])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}
