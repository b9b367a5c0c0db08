import { execFileSync } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createRecoverySheet } from '../../../src/main/services/recovery-sheet-service'
import { recoverySheetInput } from '../../../src/shared/domain/recovery-sheet'
import { LANGUAGES } from '../../../src/shared/i18n/languages'
import { RESOURCES } from '../../fixtures/briefs/session'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const KEY = 'K7QM-3XTA-PL2B-QQ4R-M5ZA-7YTD-WC3N-H6EJ'
const flat = (s: string) => s.replace(/\s+/g, ' ')
const pdfText = (file: string) =>
  flat(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])

describe('the recovery sheet', () => {
  it.each(LANGUAGES)('is one printed page holding the key, group by group (%s)', async (language) => {
    const dir = process.env.PDF_LOOK ?? (await tempDir())
    const chosen = join(dir, `recovery-${language}.pdf`)
    const sheet = createRecoverySheet({
      resourcesDir: RESOURCES,
      saveAs: () => Promise.resolve(chosen),
      now: () => new Date('2026-03-16T10:00:00Z')
    })
    const delivery = await sheet({ recoveryKey: KEY, language, pageSize: 'A4' })
    expect(delivery).toMatchObject({ base64: null, savedTo: chosen, mime: 'application/pdf' })
    expect(pageCount(chosen)).toBe(1)
    const text = pdfText(chosen)
    for (const group of KEY.split('-')) expect(text).toContain(group)
    expect(text).toContain(
      { en: 'recovery key', es: 'clave de recuperación', fr: 'clé de secours', ar: 'مفتاح الاسترداد' }[
        language
      ]
    )
  })

  it('browser mode gets the bytes back for a download, and nothing is written', async () => {
    const dir = await tempDir()
    const sheet = createRecoverySheet({ resourcesDir: RESOURCES })
    const delivery = await sheet({ recoveryKey: KEY, language: 'fr', pageSize: 'LETTER' })
    expect(delivery.savedTo).toBeNull()
    expect(
      Buffer.from(delivery.base64 ?? '', 'base64')
        .subarray(0, 5)
        .toString()
    ).toBe('%PDF-')
    expect(await readdir(dir)).toEqual([])
  })

  it('takes only a well-formed key, a language and a paper size', () => {
    expect(recoverySheetInput.safeParse({ recoveryKey: KEY, language: 'en', pageSize: 'A4' }).success).toBe(
      true
    )
    for (const bad of [
      { recoveryKey: 'k7qm-3xta', language: 'en', pageSize: 'A4' },
      { recoveryKey: KEY, language: 'de', pageSize: 'A4' },
      { recoveryKey: KEY, language: 'en', pageSize: 'A4', extra: 1 }
    ])
      expect(recoverySheetInput.safeParse(bad).success).toBe(false)
  })
})
