import { DESKTOP_COMMAND_CHANNEL, type DesktopCommand } from '../../shared/desktop/commands'

export interface CommandTarget {
  send(channel: string, command: DesktopCommand): void
  isDestroyed(): boolean
}

/** A few files opened in a burst are kept; more would only hold memory (each may be 32 MB). */
const MAX_WAITING = 4

/**
 * Commands for the renderer wait here until its page says it is listening (a file passed on the
 * command line arrives long before React has mounted), then go out in order. A reload or a new
 * page means "not listening" again until it says so.
 */
export class DesktopOutbox {
  private waiting: DesktopCommand[] = []
  private target: CommandTarget | null = null

  send(command: DesktopCommand): void {
    if (this.target && !this.target.isDestroyed()) {
      this.target.send(DESKTOP_COMMAND_CHANNEL, command)
      return
    }
    this.waiting.push(command)
    if (this.waiting.length > MAX_WAITING) this.waiting.shift()
  }

  listening(target: CommandTarget): void {
    this.target = target
    const waiting = this.waiting
    this.waiting = []
    for (const command of waiting) this.send(command)
  }

  notListening(): void {
    this.target = null
  }

  get pending(): number {
    return this.waiting.length
  }
}
