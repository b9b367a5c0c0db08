import type { DesktopCommand } from '../../../shared/desktop/commands'

/**
 * Menu commands and files opened from outside the app, from the desktop shell. Browser mode has
 * none: the function it returns does nothing. Subscribe once (DesktopCommands does): main keeps
 * what waited for the page until the first subscriber says it is listening, then hands it over.
 */
export function onDesktopCommand(listener: (command: DesktopCommand) => void): () => void {
  return window.passerelleDesktop?.onCommand(listener) ?? (() => undefined)
}
