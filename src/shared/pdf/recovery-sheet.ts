import { directionOf, type Language } from '../i18n/languages'
import { orient } from './bidi'
import { formatInstantDay, printable } from './format'
import { COLORS, MARGIN, STYLES } from './layout'
import type { Content, DocDefinition, PageSize } from './types'

/**
 * The recovery sheet: one page holding the notebook's recovery key, to print and keep away from
 * the computer. Its few words live here rather than in PDF_STRINGS: it is printed once per
 * notebook, from the protect dialog, and shares nothing with the briefs. French uses U+00A0 before
 * high punctuation, as every PDF string does (Roboto has no U+202F).
 */
interface RecoveryStrings {
  title: string
  made: (date: string) => string
  keyLabel: string
  what: string
  how: string
  keep: string[]
  footer: string
}

const STRINGS: Record<Language, RecoveryStrings> = {
  en: {
    title: 'Passerelle — recovery key',
    made: (date) => `Printed for a notebook protected on ${date}.`,
    keyLabel: 'RECOVERY KEY',
    what: 'This key opens your Passerelle notebook if its passphrase is forgotten. Without the passphrase or this key, nobody can read the notebook again.',
    how: 'To use it: on Passerelle’s lock screen, choose “Use the recovery key instead” and type the key. Spaces and dashes do not matter.',
    keep: [
      'Keep this sheet somewhere safe, away from the computer (a locked drawer, an envelope in the office safe).',
      'Anyone who has this sheet and the computer can read the notebook: do not photograph it or send it by e-mail.',
      'Delete the PDF file once it is printed.'
    ],
    footer: 'Changing the passphrase does not change this key.'
  },
  es: {
    title: 'Passerelle — clave de recuperación',
    made: (date) => `Impresa para un cuaderno protegido el ${date}.`,
    keyLabel: 'CLAVE DE RECUPERACIÓN',
    what: 'Esta clave abre tu cuaderno de Passerelle si olvidas su frase de contraseña. Sin la frase de contraseña ni esta clave, nadie podrá volver a leer el cuaderno.',
    how: 'Para usarla: en la pantalla de bloqueo de Passerelle, elige «Usar la clave de recuperación» y escribe la clave. Los espacios y guiones no importan.',
    keep: [
      'Guarda esta hoja en un lugar seguro, lejos del ordenador (un cajón con llave, un sobre en la caja fuerte de la oficina).',
      'Quien tenga esta hoja y el ordenador puede leer el cuaderno: no la fotografíes ni la envíes por correo electrónico.',
      'Borra el archivo PDF una vez impreso.'
    ],
    footer: 'Cambiar la frase de contraseña no cambia esta clave.'
  },
  fr: {
    title: 'Passerelle — clé de secours',
    made: (date) => `Imprimée pour un carnet protégé le ${date}.`,
    keyLabel: 'CLÉ DE SECOURS',
    what: 'Cette clé ouvre votre carnet Passerelle si sa phrase secrète est oubliée. Sans la phrase secrète ni cette clé, personne ne pourra plus lire le carnet.',
    how: 'Pour l’utiliser\u00a0: sur l’écran de verrouillage de Passerelle, choisissez «\u00a0Utiliser plutôt la clé de secours\u00a0» et saisissez la clé. Les espaces et les tirets ne comptent pas.',
    keep: [
      'Rangez cette feuille en lieu sûr, loin de l’ordinateur (un tiroir fermé à clé, une enveloppe dans le coffre du bureau).',
      'Qui détient cette feuille et l’ordinateur peut lire le carnet\u00a0: ne la photographiez pas, ne l’envoyez pas par courriel.',
      'Supprimez le fichier PDF une fois imprimé.'
    ],
    footer: 'Changer la phrase secrète ne change pas cette clé.'
  },
  ar: {
    title: 'Passerelle — مفتاح الاسترداد',
    made: (date) => `طُبعت هذه الورقة لدفتر حُمي بتاريخ ${date}.`,
    keyLabel: 'مفتاح الاسترداد',
    what: 'يفتح هذا المفتاح دفترك في Passerelle إذا نُسيت عبارة المرور. من دون عبارة المرور أو هذا المفتاح، لن يتمكن أحد من قراءة الدفتر مجددًا.',
    how: 'لاستخدامه: في شاشة القفل في Passerelle، اختر «استخدام مفتاح الاسترداد بدلًا منها» واكتب المفتاح. لا تهمّ المسافات ولا الشرطات.',
    keep: [
      'احفظ هذه الورقة في مكان آمن بعيدًا عن الحاسوب (درج مقفل، أو ظرف في خزنة المكتب).',
      'من يملك هذه الورقة والحاسوب يستطيع قراءة الدفتر: لا تصوّرها ولا ترسلها بالبريد الإلكتروني.',
      'احذف ملف PDF بعد طباعته.'
    ],
    footer: 'تغيير عبارة المرور لا يغيّر هذا المفتاح.'
  }
}

export const recoveryStrings = (language: Language): RecoveryStrings => STRINGS[language]

/** The key in two lines of four groups, so it is read and copied group by group. */
export function keyLines(recoveryKey: string): string[] {
  const groups = recoveryKey.split('-')
  return groups.length === 8 ? [groups.slice(0, 4).join('  '), groups.slice(4).join('  ')] : [recoveryKey]
}

export function recoverySheetFileName(language: Language): string {
  return `${recoveryStrings(language).title.replace(/\s+—\s+/, ' - ')}.pdf`
}

export function buildRecoverySheet(input: {
  recoveryKey: string
  language: Language
  pageSize: PageSize
  generatedAt: Date
  timeZone?: string
}): DocDefinition {
  const s = recoveryStrings(input.language)
  const date = formatInstantDay(input.language, input.generatedAt, input.timeZone ?? 'UTC')
  const keyBox: Content = {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: s.keyLabel, style: 'kicker', margin: [0, 0, 0, 8] },
              ...keyLines(input.recoveryKey).map((line): Content => ({
                text: printable(line),
                fontSize: 22,
                bold: true,
                characterSpacing: 2,
                color: COLORS.ink,
                margin: [0, 2, 0, 2]
              }))
            ],
            margin: [16, 14, 16, 14]
          }
        ]
      ]
    },
    layout: {
      hLineWidth: () => 1.5,
      vLineWidth: () => 1.5,
      hLineColor: () => COLORS.accent,
      vLineColor: () => COLORS.accent,
      fillColor: () => COLORS.accentSoft
    },
    margin: [0, 18, 0, 18]
  }
  // Right to left in Arabic, with the Arabic font on Arabic runs, like every other document.
  return orient(
    {
      pageSize: input.pageSize,
      pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
      language: input.language,
      info: {
        title: s.title,
        author: 'Passerelle',
        subject: s.title,
        creator: 'Passerelle',
        creationDate: input.generatedAt
      },
      styles: STYLES,
      defaultStyle: { font: 'Roboto', fontSize: 10, color: COLORS.ink },
      content: [
        { text: s.title, style: 'coverTitle', fontSize: 22 },
        { text: s.made(date), style: 'coverSubtitle', margin: [0, 6, 0, 0] },
        keyBox,
        { text: s.what, style: 'body', margin: [0, 0, 0, 8] },
        { text: s.how, style: 'body', margin: [0, 0, 0, 12] },
        { ul: s.keep.map((line): Content => ({ text: line, style: 'body', margin: [0, 0, 0, 4] })) },
        { text: s.footer, style: 'small', margin: [0, 16, 0, 0] }
      ]
    },
    directionOf(input.language)
  )
}
