// Outcome brief export time for a 500-note session (build the definition + render with pdfmake),
// against pdfmake rendering the same note texts as plain paragraphs in the same process; and the
// same brief in Arabic, laid out right to left (Arabic notes, cluster names and title; the labels
// stay French until Arabic labels exist), which must stay within 2.5x the Latin brief.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'vite'
import { ROOT, median, report } from './lib.mjs'
import { briefNotes } from './session-files.mjs'

const outDir = join(ROOT, 'bench/.out/briefs')
await mkdir(outDir, { recursive: true })
const entry = join(outDir, 'entry.ts')
await writeFile(
  entry,
  [
    `export { renderPdf } from ${JSON.stringify(join(ROOT, 'src/main/briefs/index.ts'))}`,
    `export { buildDocument } from ${JSON.stringify(join(ROOT, 'src/shared/pdf/index.ts'))}`
  ].join('\n')
)
await build({
  logLevel: 'warn',
  configFile: false,
  build: {
    outDir: join(outDir, 'dist'),
    emptyOutDir: true,
    ssr: entry,
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'briefs.mjs' } }
  },
  ssr: { noExternal: [] }
})
const { renderPdf, buildDocument } = await import(join(outDir, 'dist/briefs.mjs'))

const resourcesDir = join(ROOT, 'resources')
const pack = JSON.parse(await readFile(join(resourcesDir, 'content/uclg-plm-28.json'), 'utf8'))
const catalog = JSON.parse(await readFile(join(resourcesDir, 'planning/catalog.json'), 'utf8'))
const RUNS = Number(process.env.BENCH_SAMPLES ?? 7)
const NOTES = 500

const LINKS = pack.items
  .filter((i) => i.kind === 'prompt' || i.kind === 'case-study')
  .map((i) => `${pack.id}:${i.id}`)
const stamp = '2026-11-27T09:00:00.000Z'

function session() {
  const { captures, clusters } = briefNotes(NOTES, LINKS, stamp)
  return {
    schemaVersion: 5,
    id: 'benchBrief0001',
    createdAt: stamp,
    updatedAt: stamp,
    title: 'Atelier « Ville accueillante » — Grenoble',
    date: '2026-11-27',
    startTime: '09:00',
    plannedEnd: '12:30',
    timeZone: 'Europe/Paris',
    place: 'Grenoble',
    online: false,
    languages: ['fr', 'es'],
    audience: '',
    objectives: '',
    notes: '',
    consent: { chathamHouse: true, attributableQuotes: true, photos: false, note: '' },
    blocks: [],
    personas: [],
    captures,
    journeys: [],
    live: { startedAt: null, blocks: {} },
    synthesis: {
      clusters,
      noteVotes: Object.fromEntries(captures.filter((_, i) => i % 4 === 0).map((n, k) => [n.id, k % 9])),
      actions: []
    }
  }
}

/** Arabic notes of the Latin notes' length, with what makes bidi work: a Latin name, numbers, marks. */
function arabicSession() {
  const latin = session()
  return {
    ...latin,
    title: 'ورشة «المدينة المضيافة» — سوسة',
    place: 'سوسة',
    captures: latin.captures.map((n, i) => ({
      ...n,
      text: `الملاحظة ${i}: عند شباك الحالة المدنية، تُرفض مواطنة لا تملك شهادة سكنى من التسجيل في سجل البلدية؛ فتقترح الوسيطة شهادة إيواء. من يوقّع؟ ردّ المصلحة خلال ${i % 30} يوما، حسب Marie Dupont.`,
      speaker: n.speaker === null ? null : `المجموعة ${i % 7}`
    })),
    synthesis: {
      ...latin.synthesis,
      clusters: latin.synthesis.clusters.map((c, k) => ({
        ...c,
        name: `المجموعة ${k + 1}: الوصول إلى الحقوق`
      }))
    }
  }
}

// The Arabic brief as a facilitator gets it: Arabic labels, Arabic notes, right to left.
const arabicInput = () => ({ ...input(), language: 'ar', session: arabicSession() })

const input = () => ({
  session: session(),
  pack,
  catalog,
  language: 'fr',
  pageSize: 'A4',
  generatedAt: new Date(stamp)
})

function plainDefinition(texts) {
  return {
    pageSize: 'A4',
    pageMargins: [56, 70, 56, 62],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: texts.map((text) => ({ text, margin: [0, 0, 0, 8] })),
    info: { title: 'plain' }
  }
}

const texts = input().session.captures.map((n) => n.text)

async function timeBrief() {
  const start = performance.now()
  const { bytes } = await renderPdf(buildDocument('outcome-brief', input()), { resourcesDir })
  return { ms: performance.now() - start, bytes: bytes.length }
}

async function timeArabic() {
  const start = performance.now()
  const { bytes } = await renderPdf(buildDocument('outcome-brief', arabicInput(), 'rtl'), { resourcesDir })
  return { ms: performance.now() - start, bytes: bytes.length }
}

async function timePlain() {
  const start = performance.now()
  const { bytes } = await renderPdf(plainDefinition(texts), { resourcesDir })
  return { ms: performance.now() - start, bytes: bytes.length }
}

// Warm up fonts and JIT once each, then interleave so both see the same machine state.
await timeBrief()
await timeArabic()
await timePlain()
const brief = []
const arabic = []
const plain = []
for (let i = 0; i < RUNS; i++) {
  brief.push((await timeBrief()).ms)
  arabic.push((await timeArabic()).ms)
  plain.push((await timePlain()).ms)
}
const b = median(brief)
const a = median(arabic)
const p = median(plain)
report('brief_500_notes_ms', Math.round(b), 'ms')
report('brief_500_notes_ar_ms', Math.round(a), 'ms')
report('brief_plain_500_ms', Math.round(p), 'ms')
report('brief_ratio', b / p, 'x')
report('brief_ar_ratio', a / b, 'x')
