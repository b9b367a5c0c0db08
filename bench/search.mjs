// search_ms_bundled_pack: one library search over the bundled pack (all languages indexed), median
// and p95 over a set of real facilitator queries, with the index built once as the app does.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'vite'
import { ROOT, median, percentile, report } from './lib.mjs'

// Bundle the shared search module the way the renderer gets it (TypeScript → ESM), then time it.
const outDir = join(ROOT, 'bench/.out/search')
await build({
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    lib: { entry: join(ROOT, 'src/shared/content/search.ts'), formats: ['es'], fileName: 'search' },
    minify: false
  }
})
const { buildIndex, searchDocuments, searchLibrary } = await import(join(outDir, 'search.js'))
const pack = JSON.parse(readFileSync(join(ROOT, 'resources/content/uclg-plm-28.json'), 'utf8'))

let t0 = performance.now()
const index = buildIndex(searchDocuments([{ pack, origin: 'bundled' }], [], []))
report('search_index_build_ms', performance.now() - t0, 'ms')

const queries = [
  'vecindad',
  'region',
  'Grenoble',
  'droit à la ville',
  'storytelling',
  'padrón',
  'intersectional',
  'hospitality',
  'Sousse',
  'citoyenneté',
  'walls',
  'migrants rights'
]
const times = []
for (let round = 0; round < 30; round++) {
  for (const q of queries) {
    for (const scope of ['en', 'fr', 'all']) {
      t0 = performance.now()
      searchLibrary(index, q, scope)
      times.push(performance.now() - t0)
    }
  }
}
report('search_ms_bundled_pack_median', median(times), 'ms')
report('search_ms_bundled_pack_p95', percentile(times, 95), 'ms (goal well under 50)')
