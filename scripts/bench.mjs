// npm run bench: every benchmark in bench/*.mjs (not the helpers they import), each printing BENCH lines.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, buildIfStale, run } from './lib.mjs'

if ((await buildIfStale()) !== 0) process.exit(1)
const only = process.argv[2]
const files = readdirSync(join(ROOT, 'bench')).filter((f) => f.endsWith('.mjs'))
// A module another bench imports (lib.mjs, fixtures, the UI bench's parts) is a helper, not a bench.
const imported = new Set(
  files.flatMap((f) =>
    [...readFileSync(join(ROOT, 'bench', f), 'utf8').matchAll(/from '\.\/([\w-]+\.mjs)'/g)].map((m) => m[1])
  )
)
const benches = files.filter((f) => !imported.has(f) && (!only || f.startsWith(only)))
let failed = 0
for (const file of benches) {
  console.log(`# ${file}`)
  if ((await run(process.execPath, [join(ROOT, 'bench', file)])) !== 0) failed++
}
process.exit(failed ? 1 : 0)
