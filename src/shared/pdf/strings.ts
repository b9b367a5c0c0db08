import type { NoteType, Place } from '../planning/capture'
import type { Purpose } from '../content/constants'
import type { Language } from '../i18n/languages'

/**
 * Every label the PDFs and the Markdown export print, in each language. The brief's language is
 * chosen at export, independently of the UI, so these live apart from the UI catalogs. French uses
 * a no-break space (U+00A0) before : ; ? ! and inside « », as French typesetting does.
 */
type Plural = { one: string; other: string }

export interface PdfStrings {
  /** Between a label and its value: French puts a no-break space before the colon. */
  colon: string
  documents: { 'facilitator-pack': string; 'outcome-brief': string; cards: string }
  pageOf: (page: string, total: string) => string
  preparedWith: (date: string) => string
  dateToBeConfirmed: string
  facts: {
    title: string
    date: string
    time: string
    timeZone: string
    place: string
    format: string
    languages: string
    audience: string
    objectives: string
    notes: string
    online: string
    inPerson: string
    onlineAndPlace: (place: string) => string
    notSet: string
  }
  languageNames: Record<Language, string>
  runSheet: {
    title: string
    intro: string
    time: string
    block: string
    duration: string
    breakLabel: string
    method: string
    materials: string
    notes: string
    linked: string
    protected: string
    day: (n: string) => string
    total: (duration: string) => string
    overrun: (minutes: string, end: string) => string
    empty: string
  }
  personas: {
    title: string
    intro: string
    age: string
    gender: string
    family: string
    education: string
    timeSinceArrival: string
    administrativeStatus: string
    vulnerabilities: string
    story: string
    group: string
    fictional: string
    empty: string
  }
  consentScript: {
    title: string
    intro: string
    opening: string
    notes: string
    chathamOn: string
    chathamOff: string
    quotesOn: string
    quotesOff: string
    photosOn: string
    photosOff: string
    screenshotsOff: string
    organisersNote: string
    closing: string
  }
  summary: {
    title: string
    notesShared: Plural
    clusters: Plural
    actions: Plural
    personas: Plural
    byType: string
    byPurpose: string
    noPurpose: string
    consentLine: (included: string, kept: string) => string
    allShared: (included: string) => string
  }
  noteTypes: Record<NoteType, string>
  purposes: Record<Purpose, string>
  insights: {
    title: string
    byCluster: string
    byItem: string
    unclustered: string
    otherNotes: string
    item: string
    notes: string
    votes: string
    topNote: string
    voteCount: Plural
    empty: string
  }
  quotes: { title: string; notAllowed: string; empty: string; unattributed: string }
  journeys: {
    title: string
    intro: string
    persona: string
    doors: string
    walls: string
    places: Record<Place, string>
    empty: string
    none: string
  }
  actions: {
    title: string
    action: string
    owner: string
    due: string
    status: string
    done: string
    open: string
    ownerToAgree: string
    noDate: string
    empty: string
  }
  coverage: {
    title: string
    intro: string
    purposes: string
    purpose: string
    reached: string
    notReached: string
    noteCount: Plural
    viaAgenda: string
    kind: string
    kinds: { 'case-study': string; concept: string; topic: string; method: string; prompt: string }
    none: string
  }
  agenda: {
    title: string
    block: string
    planned: string
    asRun: string
    difference: string
    notRun: string
    running: string
    onTime: string
    notLive: string
  }
  attribution: { title: string; lead: string; packLabel: string; disclaimer: string }
  cards: {
    prompt: string
    persona: string
    caseStudy: string
    method: string
    duration: string
    groupSize: (min: string, max: string) => string
    materials: string
    steps: string
    purpose: string
    cutHint: string
    empty: string
  }
  markdown: { excluded: string }
}

const en: PdfStrings = {
  colon: ': ',
  documents: {
    'facilitator-pack': 'Facilitator pack',
    'outcome-brief': 'Outcome brief',
    cards: 'Printable cards'
  },
  pageOf: (page, total) => `Page ${page} of ${total}`,
  preparedWith: (date) => `Prepared with Passerelle on ${date}`,
  dateToBeConfirmed: 'Date to be confirmed',
  facts: {
    title: 'Session at a glance',
    date: 'Date',
    time: 'Time',
    timeZone: 'Time zone',
    place: 'Place',
    format: 'Format',
    languages: 'Working languages',
    audience: 'Audience',
    objectives: 'Objectives',
    notes: 'Facilitator notes',
    online: 'Online',
    inPerson: 'In person',
    onlineAndPlace: (place) => `Online, hosted from ${place}`,
    notSet: 'Not set'
  },
  languageNames: { en: 'English', es: 'Spanish', fr: 'French' },
  runSheet: {
    title: 'Run sheet',
    intro: 'Times are computed from the start time and each block’s duration.',
    time: 'Time',
    block: 'Block',
    duration: 'Duration',
    breakLabel: 'Break',
    method: 'Method',
    materials: 'Materials',
    notes: 'Facilitator notes',
    linked: 'From the note',
    protected: 'Protected: do not shorten',
    day: (n) => `Day ${n}`,
    total: (duration) => `Total: ${duration}`,
    overrun: (minutes, end) => `The plan runs ${minutes} past the planned end (${end}).`,
    empty: 'No blocks have been planned yet.'
  },
  personas: {
    title: 'Personas',
    intro: 'Fictional people whose journeys through the city the groups explore.',
    age: 'Age',
    gender: 'Gender',
    family: 'Family situation',
    education: 'Education',
    timeSinceArrival: 'Time since arrival',
    administrativeStatus: 'Administrative status',
    vulnerabilities: 'Vulnerabilities',
    story: 'Story',
    group: 'Group',
    fictional: 'Fictional persona',
    empty: 'No personas have been prepared for this session.'
  },
  consentScript: {
    title: 'Consent script',
    intro: 'Read this aloud at the start of the session, before any notes are taken.',
    opening: 'Before we begin, a word on how we will use what is said today.',
    notes:
      'We will take notes during the session. Next to a note we write a pseudonym or a group name, never your real name. If you say something that should stay in this room, tell us: we mark it as internal, and it will not appear in anything we share.',
    chathamOn:
      'We are working under the Chatham House rule: you are free to use what you hear today, but not to reveal who said it.',
    chathamOff:
      'We are not working under the Chatham House rule today, so ideas may be linked to the city or organisation that shared them.',
    quotesOn:
      'We may quote some of your words in the brief we share afterwards, under a pseudonym, and only if you agree.',
    quotesOff: 'We will not quote anyone in what we share afterwards.',
    photosOn:
      'Photos may be taken. If you prefer not to appear in them, tell us and we will make sure you do not.',
    photosOff: 'Please take no photos during the session.',
    screenshotsOff: 'Please take no photos or screenshots during the session.',
    organisersNote: 'A further note from the organisers:',
    closing:
      'Is everyone comfortable with these rules? You can change your mind at any time: just tell one of the facilitators.'
  },
  summary: {
    title: 'Summary',
    notesShared: { one: 'note shared', other: 'notes shared' },
    clusters: { one: 'cluster', other: 'clusters' },
    actions: { one: 'action item', other: 'action items' },
    personas: { one: 'persona', other: 'personas' },
    byType: 'Notes by type',
    byPurpose: 'Notes by purpose of the key lessons',
    noPurpose: 'Not linked to a purpose',
    consentLine: (included, kept) =>
      `This brief contains the ${included} notes participants agreed to share; ${kept} more stayed in the room, as agreed.`,
    allShared: (included) => `This brief contains all ${included} notes taken, as participants agreed.`
  },
  noteTypes: {
    insight: 'Insight',
    quote: 'Quote',
    question: 'Question',
    idea: 'Idea',
    action: 'Action',
    barrier: 'Barrier',
    enabler: 'Enabler',
    decision: 'Decision'
  },
  purposes: {
    'shared-vision': 'Developing a shared vision',
    'vision-to-policy': 'Moving from vision to policy',
    'multi-stakeholder': 'Engaging multiple stakeholders'
  },
  insights: {
    title: 'Key insights',
    byCluster: 'By cluster, most votes first',
    byItem: 'By theme of the note',
    unclustered: 'Not in a cluster',
    otherNotes: 'Notes not linked to the note',
    item: 'Theme',
    notes: 'Notes',
    votes: 'Votes',
    topNote: 'Most voted note',
    voteCount: { one: 'vote', other: 'votes' },
    empty: 'No notes were shared from this session.'
  },
  quotes: {
    title: 'Quotes',
    notAllowed: 'As agreed with participants, this brief contains no quotes.',
    empty: 'No quotes were recorded for sharing.',
    unattributed: 'Participant'
  },
  journeys: {
    title: 'Journeys: doors and walls',
    intro: 'Where each persona tried to go in the city: a door when access worked, a wall when it failed.',
    persona: 'Persona',
    doors: 'Doors',
    walls: 'Walls',
    places: { institution: 'Public institution', service: 'Public service', space: 'Public space' },
    empty: 'No journeys were recorded.',
    none: '—'
  },
  actions: {
    title: 'Action items',
    action: 'Action',
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    done: 'Done',
    open: 'Open',
    ownerToAgree: 'To be agreed',
    noDate: 'No date',
    empty: 'No action items were agreed.'
  },
  coverage: {
    title: 'Coverage',
    intro:
      'What the session reached of the note, through the notes shared and the items used in the agenda, and what it did not.',
    purposes: 'The three purposes of the key lessons',
    purpose: 'Purpose',
    reached: 'Reached',
    notReached: 'Not reached',
    noteCount: { one: 'note', other: 'notes' },
    viaAgenda: 'in the agenda',
    kind: 'Kind',
    kinds: {
      'case-study': 'Case studies',
      concept: 'Concepts',
      topic: 'Topics',
      method: 'Methods',
      prompt: 'Discussion prompts'
    },
    none: '—'
  },
  agenda: {
    title: 'Agenda: planned and as run',
    block: 'Block',
    planned: 'Planned',
    asRun: 'As run',
    difference: 'Difference',
    notRun: 'Not run',
    running: 'Not closed',
    onTime: 'On time',
    notLive: 'The session was not run in live mode, so actual times were not recorded.'
  },
  attribution: {
    title: 'About the source',
    lead: 'This brief draws on UCLG / MC2CM Peer Learning Note #28, “Local Citizenship and Migration — Fostering the Right to the City for All” (peer learning hosted online by Grenoble, 16–18 March 2021).',
    packLabel: 'Content used',
    disclaimer:
      'Summaries of the note in this document are written for facilitators and are not the note’s own words. Notes, clusters and actions are the session’s own.'
  },
  cards: {
    prompt: 'Discussion prompt',
    persona: 'Persona',
    caseStudy: 'Case study',
    method: 'Method',
    duration: 'Duration',
    groupSize: (min, max) => `${min}–${max} people`,
    materials: 'Materials',
    steps: 'Steps',
    purpose: 'Why',
    cutHint: 'Cut along the dashed lines.',
    empty: 'There are no cards to print for this session.'
  },
  markdown: { excluded: 'Not included, as agreed with participants' }
}

const es: PdfStrings = {
  colon: ': ',
  documents: {
    'facilitator-pack': 'Dosier para facilitar',
    'outcome-brief': 'Informe de resultados',
    cards: 'Tarjetas para imprimir'
  },
  pageOf: (page, total) => `Página ${page} de ${total}`,
  preparedWith: (date) => `Preparado con Passerelle el ${date}`,
  dateToBeConfirmed: 'Fecha por confirmar',
  facts: {
    title: 'La sesión en breve',
    date: 'Fecha',
    time: 'Horario',
    timeZone: 'Zona horaria',
    place: 'Lugar',
    format: 'Formato',
    languages: 'Idiomas de trabajo',
    audience: 'Público',
    objectives: 'Objetivos',
    notes: 'Notas para quien facilita',
    online: 'En línea',
    inPerson: 'Presencial',
    onlineAndPlace: (place) => `En línea, desde ${place}`,
    notSet: 'Sin definir'
  },
  languageNames: { en: 'inglés', es: 'español', fr: 'francés' },
  runSheet: {
    title: 'Guion de la sesión',
    intro: 'Los horarios se calculan a partir de la hora de inicio y de la duración de cada bloque.',
    time: 'Horario',
    block: 'Bloque',
    duration: 'Duración',
    breakLabel: 'Pausa',
    method: 'Método',
    materials: 'Materiales',
    notes: 'Notas para quien facilita',
    linked: 'De la nota',
    protected: 'Protegido: no acortar',
    day: (n) => `Día ${n}`,
    total: (duration) => `Total: ${duration}`,
    overrun: (minutes, end) => `El plan se alarga ${minutes} más allá del fin previsto (${end}).`,
    empty: 'Todavía no se ha planificado ningún bloque.'
  },
  personas: {
    title: 'Personajes',
    intro: 'Personas ficticias cuyos recorridos por la ciudad exploran los grupos.',
    age: 'Edad',
    gender: 'Género',
    family: 'Situación familiar',
    education: 'Formación',
    timeSinceArrival: 'Tiempo desde la llegada',
    administrativeStatus: 'Situación administrativa',
    vulnerabilities: 'Vulnerabilidades',
    story: 'Historia',
    group: 'Grupo',
    fictional: 'Personaje ficticio',
    empty: 'No se han preparado personajes para esta sesión.'
  },
  consentScript: {
    title: 'Guion de consentimiento',
    intro: 'Léelo en voz alta al comienzo de la sesión, antes de tomar ninguna nota.',
    opening: 'Antes de empezar, unas palabras sobre cómo vamos a utilizar lo que se diga hoy.',
    notes:
      'Durante la sesión tomaremos notas. Junto a cada nota escribimos un seudónimo o el nombre de un grupo, nunca su nombre real. Si dicen algo que deba quedarse en esta sala, avísennos: lo marcaremos como interno y no aparecerá en nada de lo que compartamos.',
    chathamOn:
      'Trabajamos bajo la regla de Chatham House: pueden utilizar lo que escuchen hoy, pero no revelar quién lo dijo.',
    chathamOff:
      'Hoy no aplicamos la regla de Chatham House, de modo que las ideas podrán asociarse a la ciudad o la organización que las compartió.',
    quotesOn:
      'Puede que citemos algunas de sus palabras en el informe que compartiremos después, con un seudónimo y solo si están de acuerdo.',
    quotesOff: 'No citaremos a nadie en lo que compartamos después.',
    photosOn:
      'Se podrán tomar fotografías. Si prefieren no aparecer en ellas, díganoslo y nos aseguraremos de que no sea así.',
    photosOff: 'Les rogamos que no tomen fotografías durante la sesión.',
    screenshotsOff: 'Les rogamos que no tomen fotografías ni capturas de pantalla durante la sesión.',
    organisersNote: 'Una nota más de la organización:',
    closing:
      '¿Están todas y todos de acuerdo con estas reglas? Pueden cambiar de opinión en cualquier momento: basta con decírselo a una de las personas que facilitan.'
  },
  summary: {
    title: 'Resumen',
    notesShared: { one: 'nota compartida', other: 'notas compartidas' },
    clusters: { one: 'grupo de notas', other: 'grupos de notas' },
    actions: { one: 'acción acordada', other: 'acciones acordadas' },
    personas: { one: 'personaje', other: 'personajes' },
    byType: 'Notas por tipo',
    byPurpose: 'Notas por propósito de los aprendizajes clave',
    noPurpose: 'Sin propósito vinculado',
    consentLine: (included, kept) =>
      `Este informe recoge las ${included} notas que las personas participantes aceptaron compartir; otras ${kept} se quedaron en la sala, como se acordó.`,
    allShared: (included) =>
      `Este informe recoge las ${included} notas tomadas, con el acuerdo de las personas participantes.`
  },
  noteTypes: {
    insight: 'Aprendizaje',
    quote: 'Cita',
    question: 'Pregunta',
    idea: 'Idea',
    action: 'Acción',
    barrier: 'Barrera',
    enabler: 'Facilitador',
    decision: 'Decisión'
  },
  purposes: {
    'shared-vision': 'Construir una visión compartida',
    'vision-to-policy': 'De la visión a la política',
    'multi-stakeholder': 'Implicar a múltiples actores'
  },
  insights: {
    title: 'Aprendizajes clave',
    byCluster: 'Por grupo de notas, de más a menos votos',
    byItem: 'Por tema de la nota',
    unclustered: 'Fuera de los grupos',
    otherNotes: 'Notas no vinculadas a la nota',
    item: 'Tema',
    notes: 'Notas',
    votes: 'Votos',
    topNote: 'Nota más votada',
    voteCount: { one: 'voto', other: 'votos' },
    empty: 'No se compartió ninguna nota de esta sesión.'
  },
  quotes: {
    title: 'Citas',
    notAllowed: 'Tal como se acordó con las personas participantes, este informe no incluye citas.',
    empty: 'No se registró ninguna cita para compartir.',
    unattributed: 'Participante'
  },
  journeys: {
    title: 'Recorridos: puertas y muros',
    intro:
      'Adónde intentó ir cada personaje en la ciudad: una puerta cuando pudo acceder, un muro cuando no.',
    persona: 'Personaje',
    doors: 'Puertas',
    walls: 'Muros',
    places: { institution: 'Institución pública', service: 'Servicio público', space: 'Espacio público' },
    empty: 'No se registró ningún recorrido.',
    none: '—'
  },
  actions: {
    title: 'Acciones acordadas',
    action: 'Acción',
    owner: 'Responsable',
    due: 'Plazo',
    status: 'Estado',
    done: 'Hecha',
    open: 'Pendiente',
    ownerToAgree: 'Por decidir',
    noDate: 'Sin fecha',
    empty: 'No se acordó ninguna acción.'
  },
  coverage: {
    title: 'Cobertura',
    intro:
      'Lo que la sesión abordó de la nota, a través de las notas compartidas y de los contenidos usados en la agenda, y lo que quedó pendiente.',
    purposes: 'Los tres propósitos de los aprendizajes clave',
    purpose: 'Propósito',
    reached: 'Abordado',
    notReached: 'Sin abordar',
    noteCount: { one: 'nota', other: 'notas' },
    viaAgenda: 'en la agenda',
    kind: 'Tipo',
    kinds: {
      'case-study': 'Estudios de caso',
      concept: 'Conceptos',
      topic: 'Temas',
      method: 'Métodos',
      prompt: 'Preguntas para el debate'
    },
    none: '—'
  },
  agenda: {
    title: 'Agenda: prevista y real',
    block: 'Bloque',
    planned: 'Previsto',
    asRun: 'Real',
    difference: 'Diferencia',
    notRun: 'No se realizó',
    running: 'Sin cerrar',
    onTime: 'A tiempo',
    notLive: 'La sesión no se siguió en modo en directo, así que no se registraron los horarios reales.'
  },
  attribution: {
    title: 'Sobre la fuente',
    lead: 'Este informe se basa en la Nota de aprendizaje entre pares n.º 28 de CGLU / MC2CM, «Ciudadanía Local y Migración — Impulsar el Derecho a la Ciudad para todas las personas» (aprendizaje entre pares organizado en línea por Grenoble del 16 al 18 de marzo de 2021).',
    packLabel: 'Contenido utilizado',
    disclaimer:
      'Los resúmenes de la nota que aparecen en este documento están redactados para personas facilitadoras y no reproducen su texto. Las notas, los grupos y las acciones son de la propia sesión.'
  },
  cards: {
    prompt: 'Pregunta para el debate',
    persona: 'Personaje',
    caseStudy: 'Estudio de caso',
    method: 'Método',
    duration: 'Duración',
    groupSize: (min, max) => `${min}–${max} personas`,
    materials: 'Materiales',
    steps: 'Pasos',
    purpose: 'Para qué',
    cutHint: 'Recorte por las líneas discontinuas.',
    empty: 'No hay tarjetas que imprimir para esta sesión.'
  },
  markdown: { excluded: 'No incluidas, según lo acordado con las personas participantes' }
}

const nb = '\u00a0'
const fr: PdfStrings = {
  colon: '\u00a0: ',
  documents: {
    'facilitator-pack': 'Dossier d’animation',
    'outcome-brief': 'Note de synthèse',
    cards: 'Cartes à imprimer'
  },
  pageOf: (page, total) => `Page ${page} sur ${total}`,
  preparedWith: (date) => `Préparé avec Passerelle le ${date}`,
  dateToBeConfirmed: 'Date à confirmer',
  facts: {
    title: 'La séance en bref',
    date: 'Date',
    time: 'Horaire',
    timeZone: 'Fuseau horaire',
    place: 'Lieu',
    format: 'Format',
    languages: 'Langues de travail',
    audience: 'Public',
    objectives: 'Objectifs',
    notes: 'Notes d’animation',
    online: 'En ligne',
    inPerson: 'En présentiel',
    onlineAndPlace: (place) => `En ligne, depuis ${place}`,
    notSet: 'Non renseigné'
  },
  languageNames: { en: 'anglais', es: 'espagnol', fr: 'français' },
  runSheet: {
    title: 'Déroulé',
    intro: 'Les horaires sont calculés à partir de l’heure de début et de la durée de chaque séquence.',
    time: 'Horaire',
    block: 'Séquence',
    duration: 'Durée',
    breakLabel: 'Pause',
    method: 'Méthode',
    materials: 'Matériel',
    notes: 'Notes d’animation',
    linked: 'Tiré de la note',
    protected: `Protégée${nb}: ne pas raccourcir`,
    day: (n) => `Jour ${n}`,
    total: (duration) => `Total${nb}: ${duration}`,
    overrun: (minutes, end) => `Le déroulé dépasse de ${minutes} la fin prévue (${end}).`,
    empty: 'Aucune séquence n’est encore prévue.'
  },
  personas: {
    title: 'Personas',
    intro: 'Des personnes fictives dont les groupes explorent le parcours dans la ville.',
    age: 'Âge',
    gender: 'Genre',
    family: 'Situation familiale',
    education: 'Formation',
    timeSinceArrival: 'Arrivée depuis',
    administrativeStatus: 'Situation administrative',
    vulnerabilities: 'Vulnérabilités',
    story: 'Histoire',
    group: 'Groupe',
    fictional: 'Persona fictive',
    empty: 'Aucune persona n’a été préparée pour cette séance.'
  },
  consentScript: {
    title: 'Texte de consentement',
    intro: 'À lire à voix haute en ouverture de séance, avant toute prise de notes.',
    opening: `Avant de commencer, un mot sur la manière dont nous utiliserons ce qui sera dit aujourd’hui.`,
    notes: `Nous prendrons des notes pendant la séance. À côté d’une note, nous inscrivons un pseudonyme ou le nom d’un groupe, jamais votre vrai nom. Si vous dites quelque chose qui doit rester dans cette salle, dites-le-nous${nb}: nous le marquerons comme interne et il n’apparaîtra dans rien de ce que nous diffuserons.`,
    chathamOn: `Nous travaillons selon la règle de Chatham House${nb}: vous pouvez utiliser ce que vous entendez aujourd’hui, mais sans révéler qui l’a dit.`,
    chathamOff: `Nous ne travaillons pas aujourd’hui selon la règle de Chatham House${nb}; les idées pourront donc être associées à la ville ou à l’organisation qui les a partagées.`,
    quotesOn:
      'Nous pourrons citer certains de vos propos dans la synthèse diffusée après la séance, sous un pseudonyme et seulement avec votre accord.',
    quotesOff: 'Nous ne citerons personne dans ce que nous diffuserons après la séance.',
    photosOn:
      'Des photos pourront être prises. Si vous préférez ne pas y figurer, dites-le-nous et nous y veillerons.',
    photosOff: 'Merci de ne prendre aucune photo pendant la séance.',
    screenshotsOff: 'Merci de ne prendre ni photo ni capture d’écran pendant la séance.',
    organisersNote: `Un mot encore de la part de l’organisation${nb}:`,
    closing: `Ces règles conviennent-elles à toutes et à tous${nb}? Vous pouvez changer d’avis à tout moment${nb}: il suffit de le dire à l’une des personnes qui animent.`
  },
  summary: {
    title: 'Synthèse',
    notesShared: { one: 'note partagée', other: 'notes partagées' },
    clusters: { one: 'regroupement', other: 'regroupements' },
    actions: { one: 'action à mener', other: 'actions à mener' },
    personas: { one: 'persona', other: 'personas' },
    byType: 'Notes par type',
    byPurpose: 'Notes par finalité des enseignements clés',
    noPurpose: 'Sans finalité associée',
    consentLine: (included, kept) =>
      `Cette synthèse reprend les ${included}${nb}notes que les participantes et participants ont accepté de partager${nb}; ${kept} autres sont restées dans la salle, comme convenu.`,
    allShared: (included) =>
      `Cette synthèse reprend les ${included}${nb}notes prises, avec l’accord des participantes et participants.`
  },
  noteTypes: {
    insight: 'Enseignement',
    quote: 'Citation',
    question: 'Question',
    idea: 'Idée',
    action: 'Action',
    barrier: 'Obstacle',
    enabler: 'Levier',
    decision: 'Décision'
  },
  purposes: {
    'shared-vision': 'Construire une vision partagée',
    'vision-to-policy': 'De la vision aux politiques publiques',
    'multi-stakeholder': 'Mobiliser de multiples acteurs'
  },
  insights: {
    title: 'Enseignements clés',
    byCluster: 'Par regroupement, du plus au moins voté',
    byItem: 'Par thème de la note',
    unclustered: 'Hors regroupement',
    otherNotes: 'Notes sans lien avec la note',
    item: 'Thème',
    notes: 'Notes',
    votes: 'Votes',
    topNote: 'Note la plus votée',
    voteCount: { one: 'vote', other: 'votes' },
    empty: 'Aucune note de cette séance n’a été partagée.'
  },
  quotes: {
    title: 'Citations',
    notAllowed:
      'Comme convenu avec les participantes et participants, cette synthèse ne contient aucune citation.',
    empty: 'Aucune citation n’a été retenue pour diffusion.',
    unattributed: 'Participant·e'
  },
  journeys: {
    title: `Parcours${nb}: portes et murs`,
    intro: `Où chaque persona a tenté d’aller dans la ville${nb}: une porte quand l’accès a fonctionné, un mur quand il a échoué.`,
    persona: 'Persona',
    doors: 'Portes',
    walls: 'Murs',
    places: { institution: 'Institution publique', service: 'Service public', space: 'Espace public' },
    empty: 'Aucun parcours n’a été enregistré.',
    none: '—'
  },
  actions: {
    title: 'Actions à mener',
    action: 'Action',
    owner: 'Responsable',
    due: 'Échéance',
    status: 'État',
    done: 'Faite',
    open: 'À faire',
    ownerToAgree: 'À définir',
    noDate: 'Sans date',
    empty: 'Aucune action n’a été décidée.'
  },
  coverage: {
    title: 'Couverture',
    intro:
      'Ce que la séance a abordé de la note, par les notes partagées et les contenus utilisés dans le déroulé, et ce qu’elle n’a pas atteint.',
    purposes: 'Les trois finalités des enseignements clés',
    purpose: 'Finalité',
    reached: 'Abordé',
    notReached: 'Non abordé',
    noteCount: { one: 'note', other: 'notes' },
    viaAgenda: 'dans le déroulé',
    kind: 'Type',
    kinds: {
      'case-study': 'Études de cas',
      concept: 'Notions',
      topic: 'Thèmes',
      method: 'Méthodes',
      prompt: 'Questions de discussion'
    },
    none: '—'
  },
  agenda: {
    title: `Déroulé${nb}: prévu et réel`,
    block: 'Séquence',
    planned: 'Prévu',
    asRun: 'Réel',
    difference: 'Écart',
    notRun: 'Non réalisée',
    running: 'Non clôturée',
    onTime: 'À l’heure',
    notLive: `La séance n’a pas été suivie en mode direct${nb}: les horaires réels n’ont pas été enregistrés.`
  },
  attribution: {
    title: 'À propos de la source',
    lead: `Cette synthèse s’appuie sur la note d’apprentissage entre pairs n°${nb}28 de CGLU / MC2CM, «${nb}Citoyenneté locale et migrations — Promouvoir le droit à la ville pour tout.e.s${nb}» (apprentissage entre pairs accueilli en ligne par Grenoble du 16 au 18${nb}mars 2021).`,
    packLabel: 'Contenus utilisés',
    disclaimer:
      'Les résumés de la note présents dans ce document sont rédigés pour les personnes qui animent et ne reprennent pas son texte. Les notes, regroupements et actions sont ceux de la séance.'
  },
  cards: {
    prompt: 'Question de discussion',
    persona: 'Persona',
    caseStudy: 'Étude de cas',
    method: 'Méthode',
    duration: 'Durée',
    groupSize: (min, max) => `${min} à ${max}${nb}personnes`,
    materials: 'Matériel',
    steps: 'Étapes',
    purpose: 'Pourquoi',
    cutHint: 'Découpez le long des pointillés.',
    empty: 'Aucune carte à imprimer pour cette séance.'
  },
  markdown: { excluded: 'Non reprises, comme convenu avec les participantes et participants' }
}

export const PDF_STRINGS: Record<Language, PdfStrings> = { en, es, fr }

/** Roboto has no U+202F, which French text and `Intl` output use; U+00A0 looks the same in print. */
export const printable = (s: string): string => s.replace(/\u202f/g, '\u00a0')

// Intl constructors cost far more than formatting; a 500-note brief formats thousands of values.
const cache = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>()
function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(
  key: string,
  make: () => T
): T {
  let value = cache.get(key) as T | undefined
  if (!value) {
    value = make()
    cache.set(key, value)
  }
  return value
}
const numbers = (lang: Language) => cached(`n:${lang}`, () => new Intl.NumberFormat(lang))
export const pluralRules = (lang: Language) => cached(`p:${lang}`, () => new Intl.PluralRules(lang))
const dates = (lang: Language, options: Intl.DateTimeFormatOptions) =>
  cached(`d:${lang}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(lang, options))

export function formatNumber(lang: Language, n: number): string {
  return printable(numbers(lang).format(n))
}

export function plural(lang: Language, n: number, forms: Plural): string {
  return `${formatNumber(lang, n)}\u00a0${pluralRules(lang).select(n) === 'one' ? forms.one : forms.other}`
}

/** A calendar date (YYYY-MM-DD, no zone) in words: 16 March 2021, 16 de marzo de 2021, 16 mars 2021. */
export function formatDay(lang: Language, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
  return printable(dates(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date))
}

export function formatDayWithWeekday(lang: Language, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
  return printable(dates(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(date))
}

/** The day an instant falls on, in a zone (the export's date line). */
export function formatInstantDay(lang: Language, at: Date, timeZone: string): string {
  return printable(dates(lang, { dateStyle: 'long', timeZone: safeZone(timeZone) }).format(at))
}

/** An instant's wall-clock time in the session's zone, 24-hour in every language. */
export function formatInstantTime(lang: Language, iso: string, timeZone: string): string {
  return printable(
    dates(lang, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: safeZone(timeZone)
    }).format(new Date(iso))
  )
}

export function formatMinutes(lang: Language, minutes: number): string {
  const unit = (value: number, u: 'hour' | 'minute') =>
    cached(
      `u:${lang}:${u}`,
      () => new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'short' })
    ).format(value)
  const h = Math.floor(Math.abs(minutes) / 60)
  const m = Math.abs(minutes) % 60
  const text =
    h === 0 ? unit(m, 'minute') : m === 0 ? unit(h, 'hour') : `${unit(h, 'hour')} ${unit(m, 'minute')}`
  return printable(text.replace(/ /g, '\u00a0'))
}

/** "10–25 min" when both ends are under an hour, otherwise each end in full. */
export function formatMinuteRange(lang: Language, min: number, max: number): string {
  if (max < 60) return `${formatNumber(lang, min)}–${formatMinutes(lang, max)}`
  return `${formatMinutes(lang, min)}–${formatMinutes(lang, max)}`
}

/** A zone the session names but this ICU does not know must not abort the export. */
export function safeZone(timeZone: string): string {
  try {
    dates('en', { timeZone })
    return timeZone
  } catch {
    return 'UTC'
  }
}
