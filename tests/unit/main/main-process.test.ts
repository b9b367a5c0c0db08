import { join } from 'node:path'
import { describe, vi } from 'vitest'
import { desktopShellSuite } from '../../support/desktop-shell-suite'
import { mainProcessSuite } from '../../support/main-process-suite'

vi.mock('electron', async () => {
  const double = await import('../../support/electron-double')
  return { ...double.electron, default: double.electron }
})

describe('main process (source, electron test double)', () => {
  mainProcessSuite(
    () => import('../../../src/main/index'),
    join(import.meta.dirname, '../../../src/renderer'),
    false
  )
  desktopShellSuite()
})
