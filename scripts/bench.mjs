// npm run bench: every benchmark in bench/*.mjs (except helpers), each printing BENCH lines.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, buildIfStale, run } from './lib.mjs'

if ((await buildIfStale()) !== 0) process.exit(1)
const only = process.argv[2]
const benches = readdirSync(join(ROOT, 'bench')).filter(
  (f) => f.endsWith('.mjs') && f !== 'lib.mjs' && (!only || f.startsWith(only))
)
let failed = 0
for (const file of benches) {
  console.log(`# ${file}`)
  if ((await run(process.execPath, [join(ROOT, 'bench', file)])) !== 0) failed++
}
process.exit(failed ? 1 : 0)
