import { existsSync } from 'node:fs'

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; Playwright cannot download browsers offline. */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean
  ) as string[]
  return candidates.find((path) => existsSync(path))
}
