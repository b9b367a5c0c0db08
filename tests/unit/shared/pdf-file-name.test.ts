import { describe, expect, it } from 'vitest'
import { briefFileName, sanitizeFileName } from '../../../src/shared/pdf'
import { isDeviceName, packFileName, sessionFileName } from '../../../src/shared/file-names'

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

  it('gives exported session files the same device-name rule as briefs', () => {
    expect(sessionFileName('CON')).toBe('_CON.passerelle-session.json')
    expect(sessionFileName('nul')).toBe('_nul.passerelle-session.json')
    expect(sessionFileName('  Com1 ')).toBe('_Com1.passerelle-session.json')
    expect(sessionFileName('Console')).toBe('Console.passerelle-session.json')
    // Letters outside the BMP are two UTF-16 units: a cut must never leave half of one.
    const astral = sessionFileName('𝒜'.repeat(100))
    expect(astral).not.toMatch(/[\uD800-\uDFFF]/u)
    expect(astral).toBe(`${'𝒜'.repeat(45)}.passerelle-session.json`)
  })

  it('stores a pack whose id is a device name under a name Windows can write, one file per id', () => {
    expect(packFileName('demo-mini')).toBe('demo-mini.json')
    expect(packFileName('nul')).toBe('_nul.json')
    expect(packFileName('lpt1')).toBe('_lpt1.json')
    expect(packFileName('null')).toBe('null.json')
  })

  it('applies one rule to every name Passerelle writes or proposes', () => {
    const titles = [
      'CON',
      'aux.txt',
      'nul .pdf',
      '../..',
      'a\u202egpj.exe',
      'x'.repeat(400),
      'é'.repeat(400),
      ''
    ]
    for (const title of titles) {
      const names = [
        sessionFileName(title),
        briefFileName(title, 'cards', 'fr', '2026-03-16'),
        briefFileName(title, 'outcome-brief', 'en', null, 'md'),
        sanitizeFileName(title)
      ]
      for (const name of names) {
        expect(isDeviceName(name), name).toBe(false)
        // eslint-disable-next-line no-control-regex -- control characters are what must not be there
        expect(name, title).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u202a-\u202e]|\.\./)
        expect(new TextEncoder().encode(name).length, name).toBeLessThanOrEqual(240)
      }
    }
  })
})
