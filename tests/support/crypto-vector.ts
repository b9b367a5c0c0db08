import { join } from 'node:path'

/** The frozen format-v1 encryption vector: read by the suite, written by tests/tools/write-crypto-vector.tool.ts. */
export const VECTOR = join(import.meta.dirname, '../fixtures/crypto/v1')

export interface Vector {
  passphrase: string
  recoveryKey: string
  exportPassphrase: string
  sessionId: string
  title: string
  notes: string[]
  ownItem: string
}
