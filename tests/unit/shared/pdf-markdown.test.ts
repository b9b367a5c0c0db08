import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../src/shared/i18n/languages'
import { buildMarkdown } from '../../../src/shared/pdf'
import { escapeMarkdown } from '../../../src/shared/pdf/markdown'
import { PDF_STRINGS } from '../../../src/shared/pdf/strings'
import { SECRETS, SHARED, loadCatalog, loadPack, richSession } from '../../fixtures/briefs/session'

const pack = loadPack()
const catalog = loadCatalog()
const md = (session = richSession(), language: (typeof LANGUAGES)[number] = 'en') =>
  buildMarkdown({
    session,
    pack,
    catalog,
    language,
    pageSize: 'A4',
    generatedAt: new Date('2026-03-17T10:00:00Z')
  })

describe('Markdown export', () => {
  it.each(LANGUAGES)('%s: same consent rules as the PDF, headings in the language', (lang) => {
    const out = md(richSession(), lang)
    const s = PDF_STRINGS[lang]
    for (const secret of Object.values(SECRETS)) expect(out).not.toContain(secret)
    expect(out).toContain(`## ${s.insights.title}`)
    expect(out).toContain(`## ${s.journeys.title}`)
    expect(out).toContain(`## ${s.attribution.title}`)
    expect(out).toContain(escapeMarkdown(SHARED.insight))
    expect(out).toContain(SHARED.quoteSpeaker)
    expect(out).toMatch(/«para todas»/)
  })

  it('drops quotes entirely when they may not be attributed', () => {
    const session = richSession()
    session.consent = { ...session.consent, attributableQuotes: false }
    const out = md(session)
    expect(out).not.toContain(SHARED.quote)
    expect(out).not.toContain(SHARED.quoteSpeaker)
    expect(out).toContain(PDF_STRINGS.en.quotes.notAllowed)
  })

  it('never lets a note become markup: headings, links, images, HTML, tables', () => {
    const session = richSession()
    session.captures = [
      {
        ...session.captures[0]!,
        text: '# Heading\n[click](https://evil.example) ![img](file:///etc/passwd) <script>x</script> a|b\n- item\n1. one'
      }
    ]
    const out = md(session)
    expect(out).not.toMatch(/^# Heading/m)
    expect(out).toContain('\\[click\\]\\(https://evil.example\\)')
    expect(out).toContain('\\!\\[img\\]')
    expect(out).toContain('\\<script\\>')
    expect(out).toContain('a\\|b')
    expect(out).not.toMatch(/\]\(https:/)
    expect(out).not.toMatch(/<script>/)
  })

  it('escapes list and heading starts inside a note', () => {
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list')
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list')
    expect(escapeMarkdown('## no')).toBe('\\#\\# no')
    expect(escapeMarkdown('plain – text, 3 votes')).toBe('plain – text, 3 votes')
    expect(escapeMarkdown('3 votes\n2) two')).toBe('3 votes\n2\\) two')
  })
})
