import { describe, expect, it } from 'vitest'
import { docxDocument, renderDocx } from '../../../src/main/briefs'
import type { DocDefinition } from '../../../src/shared/pdf'
import { flatText, paragraphs, readDocx, styled, tables } from '../../support/docx'

/**
 * The converter takes any pdfmake definition, not just today's three briefs: a future document
 * built with the same parts gets its Word file for free. Hand-made definitions here use what the
 * builders do not (yet): numbered lists, spans, named layouts, images, odd drawings, a static
 * header, a footer that throws. Nothing may fail the export; what has no Word form is left out.
 */
const base = (patch: Partial<DocDefinition> & Record<string, unknown>): DocDefinition => ({
  pageSize: 'A4',
  pageMargins: [40, 50, 40, 50],
  content: [],
  styles: { h1: { fontSize: 18, bold: true }, h2: { fontSize: 14, bold: true }, note: { italics: true } },
  defaultStyle: { fontSize: 10 },
  language: 'es',
  info: {
    title: 'Prueba',
    author: 'Passerelle',
    subject: 'Prueba',
    creator: 'Passerelle',
    creationDate: new Date(0)
  },
  ...patch
})

const read = async (def: DocDefinition) => readDocx(await renderDocx(def))

describe('any pdfmake definition converts', () => {
  it('lists: bullets and numbers, each numbered list from 1, nested ones a level deeper', async () => {
    const { document } = await read(
      base({
        content: [
          { ul: ['uno', { text: 'dos', bold: true }, { ul: ['dos-a'] }] },
          { ol: ['primero', 'segundo'] },
          { ol: ['otra vez primero'] }
        ] as never
      })
    )
    const listed = paragraphs(document).filter((p) => p.xml.includes('<w:numPr>'))
    expect(listed.map((p) => p.text)).toEqual([
      'uno',
      'dos',
      'dos-a',
      'primero',
      'segundo',
      'otra vez primero'
    ])
    const numId = (text: string) =>
      /<w:numId w:val="(\d+)"\/>/.exec(listed.find((p) => p.text === text)!.xml)?.[1]
    const level = (text: string) =>
      /<w:ilvl w:val="(\d+)"\/>/.exec(listed.find((p) => p.text === text)!.xml)?.[1]
    expect(numId('primero')).toBe(numId('segundo'))
    expect(numId('otra vez primero')).not.toBe(numId('primero'))
    expect(numId('uno')).not.toBe(numId('primero'))
    expect(level('dos-a')).toBe('1')
    expect(listed.find((p) => p.text === 'dos')!.xml).toContain('<w:b/>')
  })

  it('tables: spans, a named layout, a layout that throws, headings by level', async () => {
    const { document } = await read(
      base({
        content: [
          { text: 'Cabecera', style: 'h1' },
          { text: 'Sin estilo pero nivel 2', headlineLevel: 2 },
          {
            table: {
              headerRows: 1,
              body: [
                [{ text: 'A', colSpan: 2 }, {}, 'C'],
                [{ text: 'alto', rowSpan: 2 }, 'b1', 'c1'],
                [{}, 'b2', 'c2']
              ]
            },
            layout: 'lightHorizontalLines'
          },
          {
            table: { widths: ['*', 'auto'], body: [['x', 'y']] },
            layout: {
              hLineWidth: () => {
                throw new Error('a layout bug')
              }
            }
          }
        ] as never
      })
    )
    expect(styled(document, 'Heading1')).toEqual(['Cabecera'])
    expect(styled(document, 'Heading2')).toEqual(['Sin estilo pero nivel 2'])
    const [spans, second] = tables(document)
    expect(spans).toContain('<w:gridSpan w:val="2"/>')
    expect(spans).toMatch(/<w:vMerge w:val="restart"\/>/)
    expect(spans).toContain('<w:tblHeader/>')
    expect(flatText(spans!)).toBe('A C alto b1 c1 b2 c2')
    expect(flatText(second!)).toBe('x y')
  })

  it('what has no Word form is left out, never failing: images, QR codes, SVG, odd drawings', async () => {
    const { document } = await read(
      base({
        content: [
          'antes',
          { image: 'data:image/png;base64,AAAA', width: 20 },
          { qr: 'https://example.org' },
          { svg: '<svg/>' },
          {
            canvas: [
              { type: 'ellipse', x: 1, y: 1, r1: 3, r2: 3 },
              { type: 'polyline', points: [] }
            ]
          },
          [{ text: 'dentro de una lista suelta' }],
          7,
          { text: ['a ', { text: 'b', italics: true }, '\nc'], pageBreak: 'after' },
          'después'
        ] as never
      })
    )
    expect(flatText(document)).toBe('antes dentro de una lista suelta 7 a b c después')
    const after = paragraphs(document).find((p) => p.text === 'después')!
    expect(after.xml).toContain('<w:pageBreakBefore/>')
    expect(document).toContain('<w:br/>')
  })

  it('page: a size given in points, landscape; a static header, a footer that throws', async () => {
    const def = base({
      pageSize: { width: 500, height: 300 } as never,
      pageOrientation: 'portrait',
      header: { text: 'Encabezado fijo' } as never,
      footer: () => {
        throw new Error('a footer bug')
      },
      content: [{ text: 'cuerpo' }] as never
    })
    const { document, headers } = await read(def)
    expect(document).toMatch(/<w:pgSz w:w="10000" w:h="6000"/)
    expect(headers.join('')).toContain('Encabezado fijo')
    const landscape = await read({ ...def, pageSize: 'A4', pageOrientation: 'landscape' } as never)
    expect(landscape.document).toMatch(/<w:pgSz w:w="16838" w:h="11906"/)
  })

  it('progress runs to 1 as the content is converted', () => {
    const seen: number[] = []
    docxDocument(base({ content: Array.from({ length: 50 }, (_, i) => ({ text: `p${i}` })) as never }), {
      onProgress: (f) => seen.push(f)
    })
    expect(seen.length).toBeGreaterThan(5)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(seen.at(-1)).toBe(1)
  })
})
