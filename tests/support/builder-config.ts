import { readdirSync, statSync, type Stats } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, sep } from 'node:path'

/**
 * The packaging configuration as electron-builder itself reads it, and the files it would put in
 * the app, decided by electron-builder's own file matcher: these tests judge the real thing, not
 * a re-implementation of it.
 */
export const ROOT = join(import.meta.dirname, '../..')
const nodeRequire = createRequire(import.meta.url)

type BuilderConfig = Record<string, unknown> & { files?: unknown; electronFuses?: Record<string, boolean> }

interface LoadModule {
  getConfig(
    request: { packageKey: string; configFilename: string; projectDir: string; packageMetadata: null },
    configPath: string | null
  ): Promise<{ result: BuilderConfig; configFile: string | null }>
}

interface Matcher {
  createFilter(): (file: string, stat: Stats) => boolean
}
interface FileMatcherModule {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (s: string) => string,
    platformSpecificBuildOptions: Record<string, unknown>,
    platformPackager: unknown,
    outDir: string,
    isElectronCompile: boolean
  ): Matcher[]
}

export async function loadBuilderConfig(): Promise<{ config: BuilderConfig; file: string | null }> {
  const load = nodeRequire('app-builder-lib/out/util/config/load.js') as LoadModule
  const { result, configFile } = await load.getConfig(
    { packageKey: 'build', configFilename: 'electron-builder', projectDir: ROOT, packageMetadata: null },
    null
  )
  return { config: result, file: configFile }
}

/** Paths (relative, with '/') that electron-builder would copy into the app from the project folder. */
export function packagedFiles(config: BuilderConfig): string[] {
  const { getMainFileMatchers } = nodeRequire('app-builder-lib/out/fileMatcher.js') as FileMatcherModule
  const outDir = join(ROOT, String((config.directories as { output?: string } | undefined)?.output ?? 'dist'))
  const packager = {
    info: {
      projectDir: ROOT,
      buildResourcesDir: 'build',
      config,
      isPrepackedAppAsar: false,
      debugLogger: { isEnabled: false }
    }
  }
  const [matcher] = getMainFileMatchers(ROOT, '/app', (s) => s, {}, packager, outDir, false)
  const filter = matcher!.createFilter()
  const found: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name)
      // Production node_modules are collected separately by electron-builder; .git is never walked.
      if (dir === ROOT && (name === 'node_modules' || name === '.git')) continue
      const stat = statSync(full)
      if (!filter(full, stat)) continue
      if (stat.isDirectory()) walk(full)
      else found.push(relative(ROOT, full).split(sep).join('/'))
    }
  }
  walk(ROOT)
  return found.sort()
}
