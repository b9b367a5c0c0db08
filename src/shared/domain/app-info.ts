export type RunMode = 'desktop' | 'browser'

export interface AppInfo {
  name: string
  version: string
  mode: RunMode
  dataDir: string
}

export interface RecoveredFile {
  /** File name relative to the notebook folder, e.g. `notebook.json`. */
  file: string
  /** Where the unreadable bytes were moved, relative to the notebook folder. */
  movedTo: string
  /** `tampered`: an encrypted file whose authentication failed (a flipped byte, a wrong key). */
  reason: 'unparsable' | 'invalid' | 'tampered'
}

/** What storage knows about the open notebook. */
export interface StorageStatus {
  readOnly: boolean
  /** Set when a file was written by a newer Passerelle: it is shown but never rewritten. */
  newerVersion?: { file: string; version: number }
  recovered: RecoveredFile[]
}

/** Whether the notebook is encrypted, and whether it is open right now (src/main/crypto). */
export interface LockStatus {
  /** The notebook is encrypted on disk with a passphrase (and a recovery key). */
  protected: boolean
  /** Protected and not unlocked: every channel that reads or writes notebook data fails with `crypto/locked`. */
  locked: boolean
  /** Minutes without activity before the app locks itself again (meaningful only when protected). */
  idleLockMinutes: number
  /** After repeated wrong passphrases, how long the next unlock attempt will be held back (ms). */
  unlockDelayMs: number
}

/** `notebook:status`: storage state (empty while locked) plus the lock state. */
export type NotebookStatus = StorageStatus & LockStatus
