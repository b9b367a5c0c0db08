import { readdir, readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { dirname, extname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon'
}

export interface RoomPageFile {
  body: Buffer
  type: string
}

/** The participant page's built files, held in memory: the listener serves these paths and no other. */
export interface RoomPage {
  get(path: string): RoomPageFile | undefined
}

/** Reads the built participant page (`out/room`) once, when the room opens. */
export async function loadRoomPage(dir: string): Promise<RoomPage> {
  const files = new Map<string, RoomPageFile>()
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (TYPES[extname(entry.name)])
        files.set(`/${relative(dir, full).split(sep).join('/')}`, {
          body: await readFile(full),
          type: TYPES[extname(entry.name)]!
        })
    }
  }
  await walk(dir)
  const index = files.get('/index.html')
  if (index) files.set('/', index)
  return { get: (path) => files.get(path) }
}

/** `out/room` beside the built main bundle, or the built output when running from source (tests). */
export function findRoomPageDir(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from))
  for (let i = 0; i < 6; i++) {
    for (const candidate of [join(dir, 'room'), join(dir, 'out', 'room')])
      if (existsSync(join(candidate, 'index.html'))) return candidate
    dir = dirname(dir)
  }
  return join(dirname(fileURLToPath(from)), '..', 'room')
}
