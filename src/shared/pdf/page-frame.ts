import type { Language } from '../i18n/languages'
import { pageBreakBefore } from './keep-together'
import { COLORS, MARGIN, STYLES, accentBar, clean, clip, contentWidth, kicker, rule, txt } from './layout'
import { PDF_STRINGS, formatInstantDay, formatNumber } from './strings'
import type { Content, DocDefinition, PageSize } from './types'

/* What every document has around its content: page set-up, running header and footer, the cover. */

export interface Frame {
  lang: Language
  pageSize: PageSize
  kindLabel: string
  sessionTitle: string
  /** The session's date in words, or "date to be confirmed". */
  sessionDate: string
  generatedAt: Date
  timeZone: string
}

/** Page furniture shared by every document: running header from page 2, footer with page x of y. */
export function frame(f: Frame, content: Content[], extra: Partial<DocDefinition> = {}): DocDefinition {
  const s = PDF_STRINGS[f.lang]
  const width = contentWidth(f.pageSize)
  const prepared = s.preparedWith(formatInstantDay(f.lang, f.generatedAt, f.timeZone))
  return {
    pageSize: f.pageSize,
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    language: f.lang,
    info: {
      title: clean(`${f.sessionTitle} — ${f.kindLabel}`),
      author: 'Passerelle',
      subject: clean(f.kindLabel),
      creator: 'Passerelle',
      creationDate: f.generatedAt
    },
    styles: STYLES,
    defaultStyle: { font: 'Roboto', fontSize: 10, color: COLORS.ink, lineHeight: 1.2 },
    header: (page) =>
      page === 1
        ? null
        : {
            stack: [
              {
                // Fixed widths: 'auto' columns are measured twice on every page.
                columns: [
                  txt(clip(f.sessionTitle, 80), 'meta', {
                    width: width - 130,
                    bold: true,
                    color: COLORS.muted
                  }),
                  txt(f.sessionDate, 'meta', { width: 118, alignment: 'right' })
                ],
                columnGap: 12
              },
              { ...rule(width), margin: [0, 5, 0, 0] }
            ],
            margin: [MARGIN.side, 30, MARGIN.side, 0]
          },
    footer: (page, pages) => ({
      columns: [
        txt(`${f.kindLabel} · ${prepared}`, 'meta', { width: width - 112 }),
        txt(s.pageOf(formatNumber(f.lang, page), formatNumber(f.lang, pages)), 'meta', {
          width: 100,
          alignment: 'right',
          noWrap: true
        })
      ],
      columnGap: 12,
      margin: [MARGIN.side, 26, MARGIN.side, 0]
    }),
    pageBreakBefore,
    content,
    ...extra
  }
}

/** The title block every document opens with. */
export function cover(f: Frame, subtitleLines: string[], below: Content[] = [], topGap = 120): Content[] {
  return [
    {
      stack: [
        accentBar(),
        kicker(f.lang, f.kindLabel),
        txt(f.sessionTitle, 'coverTitle', { margin: [0, 10, 0, 12] }),
        ...subtitleLines.filter(Boolean).map((l) => txt(l, 'coverSubtitle')),
        { ...rule(contentWidth(f.pageSize)), margin: [0, 22, 0, 18] },
        ...below
      ],
      margin: [0, topGap, 0, 0]
    }
  ]
}
