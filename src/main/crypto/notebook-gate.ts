import type { NotebookStatus } from '../../shared/domain/app-info'
import { AppError } from '../../shared/errors'
import type { Language } from '../../shared/i18n/languages'
import { IDLE_LOCK_MINUTES_DEFAULT } from '../../shared/protection/rules'
import { useCodec } from '../storage/file-codec'
import { acquireLock } from '../storage/lock'
import type { Notebook } from '../storage/notebook'
import type { NotebookHandlers } from '../services/handlers'
import { sealingCodec } from './codec'
import { convertToSealed, resumeConversion, settleFailedConversion, type ConversionStep } from './conversion'
import { SCRYPT_DEFAULT, type ScryptParams } from './kdf'
import {
  createKeyFile,
  readKeyFile,
  rewrapPassphrase,
  unwrapDataKey,
  writeKeyFile,
  type KeyFile
} from './key-file'
import {
  clearUnlockAttempts,
  readUnlockAttempts,
  retryAt,
  writeUnlockAttempts,
  type UnlockAttempts
} from './unlock-attempts'

export type Secret = { passphrase: string } | { recoveryKey: string }

export interface GateOptions {
  /** The notebook folder. */
  dir: string
  openNotebook: () => Promise<Notebook>
  /** The services over an open notebook; `onStop` collects what to drop when it locks. */
  makeHandlers: (notebook: Notebook, onStop: (stop: () => void | Promise<void>) => void) => NotebookHandlers
  /** scrypt parameters for new wraps (tests pass cheap ones; the key file says which were used). */
  kdf?: ScryptParams
  clock?: () => number
  sleep?: (ms: number) => Promise<void>
  /** Crash-harness hook, called at each step of a conversion. */
  onConversionStep?: (step: ConversionStep) => void
}

type State =
  | { kind: 'open'; notebook: Notebook; handlers: NotebookHandlers; stops: Array<() => void | Promise<void>> }
  | { kind: 'locked' }
  /** Converting: the notebook is closed and nothing else may run. */
  | { kind: 'busy' }

export { unlockDelayMs } from './unlock-attempts'

const sleeper = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Whether the notebook is open, and the only holder of its key. While locked main holds no key, no
 * open notebook (so no resident session, no journal, no Insights index): unlocking reads the key
 * file, unwraps the data key, registers the codec, then opens the notebook as at start-up.
 */
export class NotebookGate {
  private state: State = { kind: 'locked' }
  private codec: ReturnType<typeof sealingCodec> | null = null
  /** Wrong secrets in a row; kept on disk too (unlock-attempts.ts), so a restart keeps the delay. */
  private attempts: UnlockAttempts = { failures: 0, lastFailureAt: 0 }
  private chain: Promise<unknown> = Promise.resolve()

  private constructor(
    private readonly options: GateOptions,
    private keyFile: KeyFile | null
  ) {}

  static async open(options: GateOptions): Promise<NotebookGate> {
    await resumeConversion(options.dir)
    const gate = new NotebookGate(options, await readKeyFile(options.dir))
    if (!gate.keyFile) await gate.openNotebook()
    else gate.attempts = await readUnlockAttempts(options.dir)
    return gate
  }

  get locked(): boolean {
    return this.state.kind !== 'open'
  }

  get isProtected(): boolean {
    return this.keyFile !== null
  }

  /** The open notebook; `crypto/locked` otherwise. */
  get notebook(): Notebook {
    return this.open().notebook
  }

  get handlers(): NotebookHandlers {
    return this.open().handlers
  }

  /** The language to show before unlocking: kept in the key file's visible part. */
  get visibleLanguage(): Language | null {
    return this.keyFile?.visible.language ?? null
  }

  status(): NotebookStatus {
    const storage =
      this.state.kind === 'open' ? this.state.notebook.status() : { readOnly: false, recovered: [] }
    return {
      ...storage,
      protected: this.keyFile !== null,
      locked: this.keyFile !== null && this.locked,
      idleLockMinutes: this.keyFile?.visible.idleLockMinutes ?? IDLE_LOCK_MINUTES_DEFAULT,
      unlockDelayMs: Math.max(0, this.retryAt() - this.now())
    }
  }

  unlock(secret: Secret): Promise<NotebookStatus> {
    return this.serial(async () => {
      const keyFile = this.requireProtected()
      if (this.state.kind === 'open') return this.status()
      const dataKey = await this.unwrap(keyFile, secret)
      try {
        await this.openWith(dataKey)
      } finally {
        dataKey.fill(0)
      }
      return this.status()
    })
  }

  lock(): Promise<NotebookStatus> {
    return this.serial(async () => {
      this.requireProtected()
      await this.closeNotebook()
      return this.status()
    })
  }

  protect(passphrase: string): Promise<{ recoveryKey: string; status: NotebookStatus }> {
    return this.serial(async () => {
      if (this.keyFile) throw new AppError('crypto/already-protected', 'the notebook is already protected')
      const { notebook } = this.open()
      if (notebook.status().readOnly)
        throw new AppError('storage/read-only', 'a read-only notebook is not converted')
      const language = notebook.settings.get().language
      const { file, dataKey, recoveryKey } = await createKeyFile(passphrase, this.kdf, { language })
      const codec = sealingCodec(dataKey)
      await this.closeNotebook()
      this.state = { kind: 'busy' }
      const lock = await acquireLock(this.options.dir, 'tool', () => new Date(this.now()))
      try {
        await convertToSealed(this.options.dir, file, codec, this.options.onConversionStep)
      } catch (error) {
        if (!(await settleFailedConversion(this.options.dir))) {
          await lock.release()
          codec.forget()
          await this.openNotebook()
          throw error
        }
        // Only the removal of the old plaintext failed: the next start removes it.
        console.error('protect: the old plaintext folder was not removed', error)
      }
      await lock.release()
      codec.forget()
      this.keyFile = file
      try {
        await this.openWith(dataKey)
      } finally {
        dataKey.fill(0)
      }
      return { recoveryKey, status: this.status() }
    })
  }

  changePassphrase(secret: Secret, newPassphrase: string): Promise<null> {
    return this.serial(async () => {
      const keyFile = this.requireProtected()
      this.open()
      const dataKey = await this.unwrap(keyFile, secret)
      try {
        const next = await rewrapPassphrase(keyFile, dataKey, newPassphrase, this.kdf)
        await writeKeyFile(this.options.dir, next)
        this.keyFile = next
      } finally {
        dataKey.fill(0)
      }
      return null
    })
  }

  setIdleLock(minutes: number): Promise<NotebookStatus> {
    return this.updateVisible({ idleLockMinutes: minutes })
  }

  /** The interface language changed: keep the key file's copy in step, for the next unlock screen. */
  async syncLanguage(language: Language | null): Promise<void> {
    if (this.keyFile && this.keyFile.visible.language !== language) await this.updateVisible({ language })
  }

  async close(): Promise<void> {
    await this.serial(() => this.closeNotebook())
  }

  private updateVisible(patch: Partial<KeyFile['visible']>): Promise<NotebookStatus> {
    return this.serial(async () => {
      const keyFile = this.requireProtected()
      const next = { ...keyFile, visible: { ...keyFile.visible, ...patch } }
      await writeKeyFile(this.options.dir, next)
      this.keyFile = next
      return this.status()
    })
  }

  /** The data key, after waiting out the delay earned by earlier wrong attempts. */
  private async unwrap(keyFile: KeyFile, secret: Secret): Promise<Buffer> {
    const wait = this.retryAt() - this.now()
    if (wait > 0) await (this.options.sleep ?? sleeper)(wait)
    let key: Buffer
    try {
      key = await unwrapDataKey(keyFile, secret)
    } catch (error) {
      this.attempts = { failures: this.attempts.failures + 1, lastFailureAt: this.now() }
      await this.keepAttempts(writeUnlockAttempts(this.options.dir, this.attempts))
      throw error
    }
    if (this.attempts.failures > 0) {
      this.attempts = { failures: 0, lastFailureAt: 0 }
      await this.keepAttempts(clearUnlockAttempts(this.options.dir))
    }
    return key
  }

  private retryAt(): number {
    return retryAt(this.attempts, this.now())
  }

  /** The count on disk is a courtesy: a folder that cannot be written must not change the answer. */
  private async keepAttempts(write: Promise<void>): Promise<void> {
    await write.catch((error: unknown) => console.error('unlock attempts: not kept on disk', error))
  }

  private async openWith(dataKey: Buffer): Promise<void> {
    const codec = sealingCodec(dataKey)
    useCodec(this.options.dir, codec)
    this.codec = codec
    try {
      await this.openNotebook()
    } catch (error) {
      useCodec(this.options.dir, null)
      codec.forget()
      this.codec = null
      this.state = { kind: 'locked' }
      throw error
    }
  }

  private async openNotebook(): Promise<void> {
    const notebook = await this.options.openNotebook()
    const stops: Array<() => void | Promise<void>> = []
    const handlers = this.options.makeHandlers(notebook, (stop) => stops.push(stop))
    this.state = { kind: 'open', notebook, handlers, stops }
  }

  /** Everything held for the open notebook is dropped: services, resident sessions, the key. */
  private async closeNotebook(): Promise<void> {
    const state = this.state
    this.state = { kind: 'locked' }
    if (state.kind === 'open') {
      // In order: the room's listener stops before the notebook it writes to closes.
      for (const stop of state.stops) await stop()
      await state.notebook.close()
    }
    if (this.codec) {
      useCodec(this.options.dir, null)
      this.codec.forget()
      this.codec = null
    }
  }

  private open(): Extract<State, { kind: 'open' }> {
    if (this.state.kind !== 'open') throw new AppError('crypto/locked', 'the notebook is locked')
    return this.state
  }

  private requireProtected(): KeyFile {
    if (!this.keyFile) throw new AppError('crypto/not-protected', 'the notebook is not protected')
    return this.keyFile
  }

  private get kdf(): ScryptParams {
    return this.options.kdf ?? SCRYPT_DEFAULT
  }

  private now(): number {
    return (this.options.clock ?? Date.now)()
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work)
    this.chain = run.catch(() => undefined)
    return run
  }
}
