import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT, loadBuilderConfig, packagedFiles } from '../../support/builder-config'

const nodeRequire = createRequire(import.meta.url)
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>

let config: Awaited<ReturnType<typeof loadBuilderConfig>>['config']

beforeAll(async () => {
  const loaded = await loadBuilderConfig()
  expect(loaded.file).toBe(join(ROOT, 'electron-builder.yml'))
  config = loaded.config
})

describe('packaging configuration (electron-builder.yml)', () => {
  it('is valid against the JSON schema electron-builder ships (app-builder-lib/scheme.json)', () => {
    const schema = nodeRequire('app-builder-lib/scheme.json') as object
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
    const valid = validate(config)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('names the app, takes its version from package.json, and says who publishes it under which licence', () => {
    expect(config.appId).toBe('org.passerelle.desktop')
    expect(config.productName).toBe('Passerelle')
    expect(pkg.productName).toBe('Passerelle')
    expect(config).not.toHaveProperty('version')
    expect(config).not.toHaveProperty('extraMetadata')
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(pkg.license).toBe('MIT')
    expect(pkg.author).toMatchObject({ name: 'Passerelle contributors' })
    expect(String(config.copyright)).toContain('MIT')
  })

  it('turns every Electron fuse the checklist asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false
    })
    expect(config.asar).toBe(true)
  })

  it('builds AppImage and deb, a per-user NSIS installer, and dmg for Intel and Apple silicon', () => {
    const linux = config.linux as { target: string[]; icon: string }
    expect(linux.target).toEqual(['AppImage', 'deb'])
    const win = config.win as { target: Array<{ target: string }> }
    expect(win.target.map((t) => t.target)).toEqual(['nsis'])
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      deleteAppDataOnUninstall: false
    })
    const mac = config.mac as { target: Array<{ target: string; arch: string[] }> }
    expect(mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }])
  })

  it('points every platform at a committed icon generated from the one source drawing', () => {
    const icons = [
      (config.linux as { icon: string }).icon,
      (config.win as { icon: string }).icon,
      (config.mac as { icon: string }).icon
    ]
    expect(icons).toEqual(['resources/icons/png', 'resources/icons/icon.ico', 'resources/icons/icon.icns'])
    expect((pkg.scripts as Record<string, string>).icons).toBe('node scripts/icons.mjs')
  })

  it('associates session files and content packs with the app', () => {
    const associations = config.fileAssociations as Array<{ ext: string; role: string }>
    expect(associations.map((a) => a.ext)).toEqual(['passerelle-session.json', 'passerelle-pack.json'])
  })
})

describe('what goes into the package (electron-builder’s own file matcher over this repository)', () => {
  let files: string[] = []
  beforeAll(() => {
    files = packagedFiles(config)
  })

  it('holds the built app, the content packs, the planning catalog, the fonts with their licence, and the window icon', () => {
    for (const wanted of [
      'package.json',
      'out/main/index.js',
      'out/main/server.js',
      'out/main/brief-worker.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'resources/content/uclg-plm-28.json',
      'resources/planning/catalog.json',
      'resources/fonts/Roboto-Regular.ttf',
      'resources/fonts/LICENSE-Apache-2.0.txt',
      'resources/fonts/NotoNaskhArabic-Regular.ttf',
      'resources/fonts/NotoNaskhArabic-Bold.ttf',
      'resources/fonts/LICENSE-OFL-1.1-NotoNaskhArabic.txt',
      'resources/fonts/README.md',
      'resources/icons/png/512x512.png'
    ]) {
      expect(files, wanted).toContain(wanted)
    }
  })

  it('leaves out sources, tests, docs, scripts, maps, icon sources, configs and dev tooling', () => {
    const outside = files.filter(
      (f) =>
        !f.startsWith('out/') &&
        !f.startsWith('resources/content/') &&
        !f.startsWith('resources/planning/') &&
        !f.startsWith('resources/fonts/') &&
        f !== 'resources/icons/png/512x512.png' &&
        f !== 'package.json'
    )
    expect(outside).toEqual([])
    expect(files.filter((f) => f.endsWith('.map') || f.endsWith('.ts') || f.endsWith('.tsx'))).toEqual([])
  })
})

describe('node_modules in the package (package.json "dependencies")', () => {
  // `npm test` builds first; run alone, this needs `npm run build`.
  const builtMain = () =>
    readdirSync(join(ROOT, 'out/main'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(ROOT, 'out/main', f), 'utf8'))
  /** Packages the built main process, server and brief worker load from node_modules at run time. */
  const runtimePackages = () => {
    const names = new Set<string>()
    const bare =
      /(?:\bfrom\s*|\bimport\s*\(\s*|\b(?:nodeRequire|require)\s*\(\s*)["']((?:@[a-z0-9-]+\/)?[a-z0-9][\w.-]*(?:\/[\w.-]+)*)["']/g
    for (const code of builtMain()) {
      for (const [, spec] of code.matchAll(bare)) {
        if (spec!.startsWith('node:') || spec === 'electron') continue
        const parts = spec!.split('/')
        names.add(spec!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!)
      }
    }
    return [...names].sort()
  }

  it('are exactly what the main process loads: the renderer’s libraries are bundled, not shipped twice', () => {
    expect(Object.keys(pkg.dependencies as object).sort()).toEqual(runtimePackages())
  })
})
