import type { PdfStrings } from './strings-types'

export const es: PdfStrings = {
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
  languageNames: { en: 'inglés', es: 'español', fr: 'francés', ar: 'árabe' },
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
    'vision-to-policy': 'De la visión a las políticas públicas',
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
    none: '—',
    more: (count) => `y ${count} más`
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
  markdown: { excluded: 'No incluidas, según lo acordado con las personas participantes' },
  crossBrief: {
    document: 'Síntesis entre sesiones',
    generatedOn: (date) => `Elaborada el ${date}`,
    sessionCount: { one: 'sesión', other: 'sesiones' },
    consentLine: (notes, kept) =>
      `Esta síntesis reúne ${notes} de las sesiones que se enumeran al final. Cada nota se examinó según las reglas de consentimiento de su propia sesión. Notas que no se incluyen, según lo acordado en sus sesiones: ${kept}.`,
    allShared: (notes) =>
      `Esta síntesis reúne ${notes} de las sesiones que se enumeran al final. Cada nota se comparte tal como lo permiten las reglas de consentimiento de su propia sesión.`,
    votesNote:
      'Los votos son los que cada nota recibió en su propia sesión; solo se nombra a quien habló cuando su sesión lo permitía.',
    figures: {
      themes: { one: 'tema', other: 'temas' },
      sessions: { one: 'sesión', other: 'sesiones' },
      places: { one: 'lugar', other: 'lugares' }
    },
    themeTable: { theme: 'Tema', notes: 'Notas', places: 'Dónde' },
    themesTitle: 'Tema por tema',
    themeEmpty: 'Ninguna de las notas de este tema puede compartirse fuera de su sesión.',
    boardEmpty: 'El tablero aún no tiene temas.',
    noneShared: 'Ninguna de las notas de este tablero puede compartirse fuera de su sesión.',
    coverage: {
      title: 'Cobertura por sesión',
      intro:
        'Qué partes de la nota trabajó cada sesión, a través de su agenda o de las notas que compartió. La tabla recoge las partes que abordó al menos una sesión; las demás se indican a continuación.',
      item: 'Contenido de la nota',
      total: 'Sesiones',
      viaNotes: 'en las notas compartidas',
      viaAgenda: 'solo en la agenda',
      otherKinds: 'Otras partes de la nota',
      notReached: 'Sin abordar en estas sesiones',
      columns: (from, to, total) => `Sesiones ${from}–${to} de ${total}`,
      empty: 'Ninguna de estas sesiones vinculó su agenda o sus notas con la nota.'
    },
    sources: {
      title: 'Fuentes',
      intro: 'Las sesiones en las que se basa esta síntesis, numeradas como en la tabla de cobertura.',
      session: 'Sesión',
      place: 'Lugar',
      date: 'Fecha',
      origin: 'Importada de',
      notes: 'Notas',
      ownSession: 'Sesión de nuestro equipo'
    },
    placeNotGiven: 'Lugar no indicado',
    dateNotGiven: 'Fecha no indicada'
  }
}
