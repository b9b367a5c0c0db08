// npm run serve [-- --port <n>]: browser mode. Builds first when the build is missing or stale.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { ROOT, buildIfStale } from './lib.mjs'

if ((await buildIfStale()) !== 0) process.exit(1)
const child = spawn(process.execPath, [join(ROOT, 'out/main/server.js'), ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit'
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
