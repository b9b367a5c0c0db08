import { join } from 'node:path'
import { describe, vi } from 'vitest'
import { desktopShellSuite } from '../../support/desktop-shell-suite'
import { mainProcessSuite } from '../../support/main-process-suite'

vi.mock('electron', async () => {
  const double = await import('../../support/electron-double')
  return { ...double.electron, default: double.electron }
})

const out = join(import.meta.dirname, '../../../out')
const built = join(out, 'main/index.js')

// `npm test` always builds first; run alone, this file needs `npm run build` (it fails, never skips, without it).
describe('main process (built out/main bundle, electron test double)', () => {
  mainProcessSuite(() => import(/* @vite-ignore */ built), join(out, 'renderer'), true)
  desktopShellSuite()
})
