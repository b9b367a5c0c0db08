import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CoalescingWriter } from '../../../src/main/storage/coalescing-writer'
import { writeFileDurable } from '../../../src/main/storage/durable-write'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

describe('durable writes', () => {
  it('replaces the file atomically and leaves no temp file behind', async () => {
    const dir = await tempDir()
    const file = join(dir, 'a.json')
    await writeFile(file, 'old')
    await writeFileDurable(file, 'new')
    expect(await readFile(file, 'utf8')).toBe('new')
    expect(await readdir(dir)).toEqual(['a.json'])
  })

  it('leaves the old bytes and no temp file when the write fails', async () => {
    const dir = await tempDir()
    const file = join(dir, 'a.json')
    await writeFile(file, 'old')
    // Renaming a file over a non-empty directory fails after the temp file was written and synced.
    await expect(writeFileDurable(join(dir), 'x')).rejects.toThrow()
    expect(await readFile(file, 'utf8')).toBe('old')
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('coalesces a burst into few physical writes and acknowledges each caller only once durable', async () => {
    const dir = await tempDir()
    const file = join(dir, 'burst.json')
    const writer = new CoalescingWriter(file)
    const acks = await Promise.all(
      Array.from({ length: 200 }, (_, i) => writer.request(JSON.stringify({ n: i })).then(() => i))
    )
    expect(acks).toHaveLength(200)
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 199 })
    expect(writer.writes).toBeLessThanOrEqual(3)
  })

  it('rejects every waiter of a failed write and recovers on the next request', async () => {
    let fail = true
    const written: string[] = []
    const writer = new CoalescingWriter('x', async (_file, data) => {
      if (fail) throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
      written.push(String(data))
    })
    await expect(writer.request('1')).rejects.toThrow('no space')
    fail = false
    await writer.request('2')
    expect(written).toEqual(['2'])
  })
})
