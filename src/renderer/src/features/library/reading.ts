import type { Language } from '../../../../shared/i18n/languages'

/**
 * How the reader shows an item. `left`/`right` hold only what the reader (or a search hit) chose;
 * a column left unset follows the interface language, so changing the language in Settings
 * moves the reading with it instead of keeping the language the page was opened in.
 */
export interface ReadingMode {
  mode: 'single' | 'side-by-side'
  left?: Language
  right?: Language
}

/** What to set beside a column in `lang`: English, or French beside English. */
const companion = (lang: Language): Language => (lang === 'en' ? 'fr' : 'en')

/**
 * The two languages side by side, left then right. The first column is the interface language
 * unless chosen; the second is the interface language when the first is not, and a companion
 * when it is. The same language never shows twice: an unchosen second column steps aside.
 */
export function sideBySide(reading: ReadingMode, uiLang: Language): [Language, Language] {
  const left = reading.left ?? uiLang
  const right = reading.right ?? (left === uiLang ? companion(uiLang) : uiLang)
  return [left, right === left ? companion(left) : right]
}

/**
 * The reader picks `lang` for one column. Picking what the other column shows swaps the two.
 * Picking the first column also pins the second where it stands, so it does not jump to the
 * interface language under the reader's eyes; picking the second leaves the first following.
 */
export function pickColumn(
  reading: ReadingMode,
  uiLang: Language,
  column: 'left' | 'right',
  lang: Language
): ReadingMode {
  const [left, right] = sideBySide(reading, uiLang)
  if (column === 'left') return { ...reading, left: lang, right: lang === right ? left : right }
  return lang === left ? { ...reading, left: right, right: lang } : { ...reading, right: lang }
}
