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
  reason: 'unparsable' | 'invalid'
}

export interface NotebookStatus {
  readOnly: boolean
  /** Set when a file was written by a newer Passerelle: it is shown but never rewritten. */
  newerVersion?: { file: string; version: number }
  recovered: RecoveredFile[]
}
