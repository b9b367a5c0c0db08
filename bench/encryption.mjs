// Encryption's cost: capture and opening a 5,000-note session, protected against plain (measured
// alternately in one run), unlocking (scrypt included), and protecting a 100-session notebook.
import { randomBytes, scrypt } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT, median, percentile, report } from './lib.mjs'
import { buildBackend, notebookWith } from './notebook-fixture.mjs'

const openBackend = await buildBackend('backend-encryption')
const resourcesDir = join(ROOT, 'resources')
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 150)
const PASS = 'bench passphrase, long enough'

const ok = async (promise) => {
  const result = await promise
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}

async function setUp(encrypted) {
  const { dataDir, first } = await notebookWith(1, 5000)
  const backend = await openBackend({ dataDir, mode: 'browser', resourcesDir, insightsIndex: false })
  if (encrypted) await ok(backend.dispatch('notebook:protect', { passphrase: PASS }))
  const add = (i) =>
    backend.dispatch('captures:add', {
      sessionId: first,
      type: 'quote',
      text: `Mesure ${i} «porte» ?`,
      blockId: null
    })
  for (let i = 0; i < 10; i++) await ok(add(-i))
  return { dataDir, first, backend, add, times: [] }
}

// Capture: plain and protected alternately, so disk and CPU jitter fall on both alike.
const plain = await setUp(false)
const sealed = await setUp(true)
for (let i = 0; i < SAMPLES; i++) {
  for (const side of i % 2 ? [plain, sealed] : [sealed, plain]) {
    const t0 = performance.now()
    await ok(side.add(i))
    side.times.push(performance.now() - t0)
  }
}
const plainP95 = percentile(plain.times, 95)
const sealedP95 = percentile(sealed.times, 95)
report('capture_p95_ms_5k_plain_twin', plainP95, 'ms')
report('capture_p95_ms_5k_encrypted', sealedP95, 'ms')
report('capture_encrypted_vs_plain', sealedP95 / plainP95, 'x (goal <= 1.5)')

// Opening a 5,000-note session that is not in memory: plain after a restart, protected after an
// unlock (which itself opens nothing but the small files). Unlock timed on its own.
const OPENS = 8
const openPlain = []
const openSealed = []
const unlocks = []
for (let i = 0; i < OPENS; i++) {
  await plain.backend.close()
  plain.backend = await openBackend({
    dataDir: plain.dataDir,
    mode: 'browser',
    resourcesDir,
    insightsIndex: false
  })
  let t0 = performance.now()
  await ok(plain.backend.dispatch('sessions:get', { id: plain.first }))
  openPlain.push(performance.now() - t0)
  await ok(sealed.backend.dispatch('notebook:lock'))
  t0 = performance.now()
  await ok(sealed.backend.dispatch('notebook:unlock', { passphrase: PASS }))
  unlocks.push(performance.now() - t0)
  t0 = performance.now()
  await ok(sealed.backend.dispatch('sessions:get', { id: sealed.first }))
  openSealed.push(performance.now() - t0)
}
report('unlock_ms', median(unlocks), 'ms (scrypt N=2^17 r=8 p=1 included)')
// scrypt alone, as unlock runs it (src/main/crypto/kdf.ts): the part a passphrase guess costs.
const kdfTimes = []
for (let i = 0; i < 3; i++) {
  const t0 = performance.now()
  await new Promise((resolve, reject) =>
    scrypt(PASS, randomBytes(16), 32, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }, (e) =>
      e ? reject(e) : resolve()
    )
  )
  kdfTimes.push(performance.now() - t0)
}
report('kdf_scrypt_ms', median(kdfTimes), 'ms (N=2^17 r=8 p=1, 128 MiB)')
report('open_session_5k_ms', median(openPlain), 'ms')
report('open_session_5k_encrypted_ms', median(openSealed), 'ms')
report('open_session_encrypted_vs_plain', median(openSealed) / median(openPlain), 'x (goal <= 1.5)')
for (const side of [plain, sealed]) {
  await side.backend.close()
  await rm(side.dataDir, { recursive: true, force: true })
}

// Protecting a notebook that has lived: 100 sessions of 500 notes, each with a backup.
{
  const { dataDir } = await notebookWith(100, 500)
  const backend = await openBackend({ dataDir, mode: 'browser', resourcesDir, insightsIndex: false })
  await backend.notebook.backups.runOnce()
  const t0 = performance.now()
  await ok(backend.dispatch('notebook:protect', { passphrase: PASS }))
  report(
    'encrypt_existing_notebook_ms',
    performance.now() - t0,
    'ms (100 sessions x 500 notes + backups, scrypt included)'
  )
  await backend.close()
  await rm(dataDir, { recursive: true, force: true })
}
