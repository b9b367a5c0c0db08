import { chmod, lstat, mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TOKEN_FILE, loadOrCreateToken } from '../../../src/main/server/server-token'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const posix = process.platform !== 'win32'

describe('browser mode’s access key, kept in the data folder', () => {
  it('is made once (32 random URL-safe characters), stored owner-only, and the same at the next start', async () => {
    const dataDir = await tempDir()
    const first = await loadOrCreateToken(dataDir)
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/)
    const file = join(dataDir, TOKEN_FILE)
    expect((await readFile(file, 'utf8')).trim()).toBe(first)
    if (posix) expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect(await loadOrCreateToken(dataDir)).toBe(first)
    // No temp file is left beside it.
    expect(await readdir(dataDir)).toEqual([TOKEN_FILE])
  })

  it('differs between data folders', async () => {
    expect(await loadOrCreateToken(await tempDir())).not.toBe(await loadOrCreateToken(await tempDir()))
  })

  it.runIf(posix)('replaces a key whose file others could read: they may have seen it', async () => {
    const dataDir = await tempDir()
    const old = await loadOrCreateToken(dataDir)
    await chmod(join(dataDir, TOKEN_FILE), 0o644)
    const fresh = await loadOrCreateToken(dataDir)
    expect(fresh).not.toBe(old)
    expect((await stat(join(dataDir, TOKEN_FILE))).mode & 0o777).toBe(0o600)
    expect(await loadOrCreateToken(dataDir)).toBe(fresh)
  })

  it('replaces a malformed or empty key', async () => {
    for (const content of ['', 'short', 'x'.repeat(31), `${'a'.repeat(32)} extra`, 'é'.repeat(32)]) {
      const dataDir = await tempDir()
      await writeFile(join(dataDir, TOKEN_FILE), content, { mode: 0o600 })
      const token = await loadOrCreateToken(dataDir)
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/)
      expect((await readFile(join(dataDir, TOKEN_FILE), 'utf8')).trim()).toBe(token)
    }
  })

  it.runIf(posix)(
    'never follows a symlink: the link is replaced by a file of its own, its target untouched',
    async () => {
      const dataDir = await tempDir()
      const elsewhere = join(await tempDir(), 'target')
      await writeFile(elsewhere, 'A'.repeat(32), { mode: 0o600 })
      await symlink(elsewhere, join(dataDir, TOKEN_FILE))
      const token = await loadOrCreateToken(dataDir)
      expect(token).not.toBe('A'.repeat(32))
      expect((await lstat(join(dataDir, TOKEN_FILE))).isFile()).toBe(true)
      expect(await readFile(elsewhere, 'utf8')).toBe('A'.repeat(32))
    }
  )

  it('treats a folder in its place as a failure to report, not as a key', async () => {
    const dataDir = await tempDir()
    await mkdir(join(dataDir, TOKEN_FILE, 'inside'), { recursive: true })
    await expect(loadOrCreateToken(dataDir)).rejects.toThrow()
  })
})
