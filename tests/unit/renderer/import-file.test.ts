import { describe, expect, it } from 'vitest'
import { errorKey, type FileSubject } from '../../../src/renderer/src/components/error-key'
import { readJsonFile } from '../../../src/renderer/src/components/read-json-file'
import type { ErrorCode } from '../../../src/shared/errors'
import { LANGUAGES } from '../../../src/shared/i18n/languages'
import { resources } from '../../../src/shared/i18n/resources'
import { IMPORT_FILE_MAX_BYTES } from '../../../src/shared/ipc/request-limits'

type Tree = { [key: string]: string | Tree }

function sentence(lang: (typeof LANGUAGES)[number], key: string): string {
  let node: string | Tree = resources[lang].translation as unknown as Tree
  for (const part of key.split('.')) node = typeof node === 'string' ? node : (node[part] ?? '')
  return typeof node === 'string' ? node : ''
}

const codeOf = async (file: Blob) => {
  const read = await readJsonFile(file)
  return read.ok ? `text:${read.text}` : read.error.code
}

describe('reading a picked import file', () => {
  it('refuses bytes that are not UTF-8 instead of turning them into U+FFFD', async () => {
    expect(await codeOf(new Blob([Uint8Array.from([0x7b, 0x22, 0x63, 0xe9, 0x22, 0x7d])]))).toBe(
      'import/not-utf8'
    )
    // Latin-1 "café" and a UTF-16 file are the usual suspects; a surrogate encoded in UTF-8 (CESU-8) too.
    expect(await codeOf(new Blob([Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])]))).toBe(
      'import/not-utf8'
    )
    expect(await codeOf(new Blob([Uint8Array.from([0x22, 0xed, 0xa0, 0x80, 0x22])]))).toBe('import/not-utf8')
  })

  it('hands over UTF-8 text unchanged, a byte-order mark aside', async () => {
    const text = '{"title":"Ciudadanía — 城市 😀 \uFFFD"}'
    expect(await codeOf(new Blob([text]))).toBe(`text:${text}`)
    expect(await codeOf(new Blob([Uint8Array.from([0xef, 0xbb, 0xbf]), text]))).toBe(`text:${text}`)
  })

  it('refuses a file larger than every import limit without reading it', async () => {
    const huge = {
      size: IMPORT_FILE_MAX_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error('must not be read'))
    } as unknown as Blob
    expect(await codeOf(huge)).toBe('import/too-large')
  })
})

describe('import refusals name the file the user chose', () => {
  const words: Record<FileSubject, Record<(typeof LANGUAGES)[number], RegExp>> = {
    session: { en: /session/i, es: /sesión/i, fr: /séance/i, ar: /جلسة/ },
    pack: {
      en: /content pack/i,
      es: /paquete de contenido/i,
      fr: /paquet de contenu/i,
      ar: /حزمة (ال)?محتوى/
    }
  }
  const codes: ErrorCode[] = [
    'import/too-large',
    'import/not-utf8',
    'import/not-json',
    'import/too-deep',
    'import/invalid'
  ]
  for (const lang of LANGUAGES)
    it(`in ${lang}, a session file is never called a content pack, nor the reverse`, () => {
      for (const code of codes) {
        const session = sentence(lang, errorKey(code, 'session'))
        const pack = sentence(lang, errorKey(code, 'pack'))
        expect(session, code).toMatch(words.session[lang])
        expect(session, code).not.toMatch(words.pack[lang])
        expect(pack, code).toMatch(words.pack[lang])
        expect(pack, code).not.toMatch(words.session[lang])
      }
      // Without a subject, the sentence names neither.
      for (const code of codes) {
        const plain = sentence(lang, errorKey(code))
        expect(plain, code).not.toBe('')
        expect(plain, code).not.toMatch(words.pack[lang])
        expect(plain, code).not.toMatch(words.session[lang])
      }
    })
})
