import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'
import type { Language } from '../../shared/i18n/languages'
import { createTranslator } from '../i18n'

/** The parts of Electron's `context-menu` params the menu depends on. */
export type ContextParams = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'
>

export interface SpellingActions {
  replace(word: string): void
  addToDictionary(word: string): void
}

/**
 * Right-click menu, as data. In a text field: spelling suggestions first (where the OS spell
 * checker found a misspelled word), then cut, copy, paste and select all, each enabled as the
 * field allows. Outside a field: copy when text is selected, nothing otherwise (no menu at all).
 */
export function contextMenuTemplate(
  params: ContextParams,
  language: Language,
  spelling: SpellingActions
): MenuItemConstructorOptions[] {
  const t = createTranslator(language)
  const flags = params.editFlags
  const hasSelection = params.selectionText.trim().length > 0
  if (!params.isEditable) {
    return hasSelection ? [{ role: 'copy', label: t('desktop.menu.copy'), enabled: flags.canCopy }] : []
  }
  const suggestions: MenuItemConstructorOptions[] = []
  if (params.misspelledWord) {
    const words = params.dictionarySuggestions.slice(0, 5)
    suggestions.push(
      ...(words.length
        ? words.map((word) => ({ label: word, click: () => spelling.replace(word) }))
        : [{ label: t('desktop.context.noSuggestions'), enabled: false }]),
      {
        label: t('desktop.context.addToDictionary'),
        click: () => spelling.addToDictionary(params.misspelledWord)
      },
      { type: 'separator' }
    )
  }
  return [
    ...suggestions,
    { role: 'cut', label: t('desktop.menu.cut'), enabled: flags.canCut && hasSelection },
    { role: 'copy', label: t('desktop.menu.copy'), enabled: flags.canCopy && hasSelection },
    { role: 'paste', label: t('desktop.menu.paste'), enabled: flags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', label: t('desktop.menu.selectAll'), enabled: flags.canSelectAll }
  ]
}
