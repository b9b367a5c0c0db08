// The floor for bench/room.mjs: the least a room server can do per contribution on this machine —
// node:http, read the JSON body, append one line to a file with the same group commit and fsync
// as the real queue, reply with an id. No Host, code or rate checks, no schema, no session, no
// security headers. Prints its port; the bench measures it with the very same phones.
import { createServer } from 'node:http'
import { open } from 'node:fs/promises'

const handle = await open(process.argv[2], 'a')
let pending = null
let chain = Promise.resolve()
let next = 0

function append(line) {
  return new Promise((resolve, reject) => {
    if (pending) {
      pending.text += line
      pending.done.push({ resolve, reject })
      return
    }
    const batch = (pending = { text: line, done: [{ resolve, reject }] })
    chain = chain.then(async () => {
      pending = null
      try {
        await handle.write(batch.text)
        await handle.sync()
        for (const d of batch.done) d.resolve()
      } catch (error) {
        for (const d of batch.done) d.reject(error)
      }
    })
  })
}

const server = createServer((req, res) => {
  const chunks = []
  req.on('data', (chunk) => chunks.push(chunk))
  req.on('end', async () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    const id = String(++next)
    if (req.url.endsWith('/submit')) await append(`${JSON.stringify({ id, ...body })}\n`)
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ ok: true, id }))
  })
})
server.listen(0, process.argv[3], () => console.log(`PORT ${server.address().port}`))
