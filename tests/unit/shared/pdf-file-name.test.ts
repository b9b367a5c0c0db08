import { describe, expect, it } from 'vitest'
import { briefFileName, sanitizeFileName } from '../../../src/shared/pdf'

describe('file names from session titles', () => {
  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\Windows\\system.ini', 'Windows-system.ini'],
    ['/absolute/path.pdf', 'absolute-path.pdf'],
    ['CON', '_CON'],
    ['con.pdf', '_con.pdf'],
    ['NUL.tar.pdf', '_NUL.tar.pdf'],
    ['COM1.pdf', '_COM1.pdf'],
    ['lpt9', '_lpt9'],
    ['Console.pdf', 'Console.pdf'],
    ['Brief.  . .pdf', 'Brief.pdf'],
    ['trailing dots...', 'trailing dots'],
    ['a\u0000b\u0007c\nd.pdf', 'a-b-c-d.pdf'],
    ['invoice\u202egpj.exe', 'invoice-gpj.exe'],
    ['Q1: “yes” or <no>? a|b*c.pdf', 'Q1- “yes” or -no- a-b-c.pdf']
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected)
  })

  it('falls back to a default when nothing is left', () => {
    for (const empty of ['', '   ', '...', '../..', '\u0000\u0001']) {
      expect(sanitizeFileName(empty)).toBe('passerelle-export.pdf')
    }
    expect(sanitizeFileName('', 'Outcome brief.pdf')).toBe('Outcome brief.pdf')
  })

  it('caps the length at 120 characters and 240 bytes, keeping the extension and whole characters', () => {
    const long = sanitizeFileName(`${'é'.repeat(300)}.pdf`)
    expect(long.endsWith('.pdf')).toBe(true)
    expect([...long].length).toBeLessThanOrEqual(120)
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(240)
    const emoji = sanitizeFileName(`${'👩🏽‍🌾'.repeat(60)}.pdf`)
    expect(new TextEncoder().encode(emoji).length).toBeLessThanOrEqual(240)
    expect(emoji.replace('.pdf', '').length % '👩🏽‍🌾'.length).toBe(0)
  })

  it('builds the export name from title, document and date, in the brief’s language', () => {
    expect(briefFileName('Ville «accueillante» / Grenoble', 'outcome-brief', 'fr', '2026-03-16')).toBe(
      'Ville «accueillante» - Grenoble — Note de synthèse — 2026-03-16.pdf'
    )
    // Windows reserves "CON" only as the whole name before the first dot.
    expect(briefFileName('CON', 'cards', 'en', null)).toBe('CON — Printable cards.pdf')
    expect(briefFileName('../', 'facilitator-pack', 'es', null)).toBe('Dosier para facilitar.pdf')
    const long = briefFileName('x'.repeat(500), 'facilitator-pack', 'en', '2026-03-16')
    expect(long).toMatch(/ — Facilitator pack — 2026-03-16\.pdf$/)
    expect(long.length).toBeLessThanOrEqual(120)
  })
})
