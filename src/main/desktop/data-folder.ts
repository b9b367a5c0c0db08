import type { MessageBoxOptions } from 'electron'
import type { Language } from '../../shared/i18n/languages'
import { createTranslator } from '../i18n'

/** Buttons of the "Where is my data?" box, in order: the index `showMessageBox` answers with. */
export const DATA_FOLDER_BUTTONS = ['open', 'close'] as const

/** "Where is my data?": the notebook folder's path, that it survives updates and uninstalls, and a way there. */
export function dataFolderMessage(language: Language, folder: string): MessageBoxOptions {
  const t = createTranslator(language)
  return {
    type: 'info',
    title: t('desktop.data.title'),
    message: t('desktop.data.message'),
    detail: t('desktop.data.detail', { path: folder }),
    buttons: DATA_FOLDER_BUTTONS.map((b) => t(`desktop.data.${b}`)),
    defaultId: 1,
    cancelId: 1,
    noLink: true
  }
}
