// A generated notebook for the Insights figures: sessions in ten cities over three years, notes in
// English, Spanish and French with tags, types and consent flags spread out, written as files.
import { CONSENTS, NOTE_TYPES, sessionFile as benchSession, writeSessions } from './session-files.mjs'

export const CITIES = [
  'Grenoble',
  'Valencia',
  'Sousse',
  'Barcelona',
  'Seine-Saint-Denis',
  'Lyon',
  'Tunis',
  'Madrid',
  'Marseille',
  'Sevilla'
]
const TAGS = [
  'vivienda',
  'logement',
  'housing',
  'acces',
  'padron',
  'mediation',
  'langue',
  'empleo',
  'salud',
  'ecole'
]
const PHRASES = [
  'les habitants sans papiers se heurtent au guichet : le padrón dépend d’un justificatif de domicile',
  'the mediator at the library helps families fill in the housing forms on Tuesday evenings',
  'la cola empieza a las seis de la mañana y los niños traducen para sus padres en la ventanilla',
  'forms only in French; the town hall could print the three most used ones in Arabic and Spanish',
  'a single desk for newcomers would avoid sending people between five offices across the city',
  'el acceso a la información sobre vivienda social llega tarde a las familias recién llegadas',
  'la maison des habitants ouvre le samedi : les parents qui travaillent peuvent enfin venir',
  'storytelling walks showed where the city closes its doors: the prefecture, the bank, the school'
]

// A vocabulary of 20,000 made-up words from French, Spanish and English syllables, drawn with a
// Zipf-like skew (a few words very often, most rarely), as a notebook's own words would be.
const SYLLABLES = [
  'la',
  've',
  'ci',
  'dad',
  'mai',
  'son',
  'quar',
  'tier',
  'bar',
  'rio',
  'ac',
  'cès',
  'em',
  'pleo',
  'sa',
  'lud',
  'é',
  'co',
  'le',
  'ho',
  'sing',
  'ñu',
  'gui',
  'chet',
  'por',
  'te',
  'mur',
  'ville',
  'ta',
  'ción'
]
const VOCABULARY = Array.from({ length: 20_000 }, (_, k) => {
  let word = ''
  for (let x = k + 31; x > 0; x = Math.floor(x / SYLLABLES.length)) word += SYLLABLES[x % SYLLABLES.length]
  return word
})
let seed = 42
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const word = () => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 3)]

const noteText = (n) =>
  `${PHRASES[n % PHRASES.length]} — ${word()} ${word()} ${word()} ${word()} #${TAGS[n % TAGS.length]}`

export function sessionFile(s, notes) {
  const date = `${2024 + (s % 3)}-${String((s % 12) + 1).padStart(2, '0')}-${String((s % 27) + 1).padStart(2, '0')}`
  return benchSession({
    id: `benchIns${String(s).padStart(5, '0')}`,
    title: `Atelier ${CITIES[s % CITIES.length]} ${s}`,
    stamp: `${date}T09:00:00.000Z`,
    date,
    place: CITIES[s % CITIES.length],
    captures: Array.from({ length: notes }, (_, i) => {
      const n = s * notes + i
      return {
        id: `n${String(s).padStart(5, '0')}x${String(i).padStart(6, '0')}`,
        createdAt: `${date}T09:00:00.000Z`,
        blockId: null,
        elapsedSeconds: i,
        type: NOTE_TYPES[n % NOTE_TYPES.length],
        text: noteText(n),
        links: n % 5 === 0 ? ['uclg-plm-28:case-barcelona'] : [],
        tags: [TAGS[n % TAGS.length]],
        speaker: null,
        consent: CONSENTS[n % CONSENTS.length]
      }
    })
  })
}

/** `sessions` sessions holding `total` notes between them, in `<dataDir>/notebook`. */
export function writeNotebook(dataDir, sessions, total) {
  const per = Math.ceil(total / sessions)
  function* files() {
    for (let s = 0; s < sessions; s++) yield sessionFile(s, Math.min(per, total - s * per))
  }
  return writeSessions(dataDir, files(), 'en')
}
