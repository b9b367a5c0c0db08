import type { PdfStrings } from './strings-types'

/** French typesetting: a no-break space before : ; ? ! and inside « ». */
const nb = '\u00a0'
export const fr: PdfStrings = {
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
  languageNames: { en: 'anglais', es: 'espagnol', fr: 'français', ar: 'arabe' },
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
    unattributed: 'Personne participante'
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
    none: '—',
    more: (count) => `et ${count} autres`
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
  markdown: { excluded: 'Non reprises, comme convenu avec les participantes et participants' },
  crossBrief: {
    document: 'Synthèse transversale',
    generatedOn: (date) => `Établie le ${date}`,
    sessionCount: { one: 'séance', other: 'séances' },
    consentLine: (notes, kept) =>
      `Cette synthèse rassemble ${notes} des séances présentées à la fin. Chaque note a été examinée selon les règles de consentement de sa propre séance. Notes écartées, comme leurs séances en étaient convenues${nb}: ${kept}.`,
    allShared: (notes) =>
      `Cette synthèse rassemble ${notes} des séances présentées à la fin. Chaque note est partagée dans la mesure où les règles de consentement de sa propre séance le permettent.`,
    votesNote: `Les votes sont ceux que chaque note a reçus dans sa propre séance${nb}; une personne n’est nommée que si sa séance le permettait.`,
    figures: {
      themes: { one: 'thème', other: 'thèmes' },
      sessions: { one: 'séance', other: 'séances' },
      places: { one: 'lieu', other: 'lieux' }
    },
    themeTable: { theme: 'Thème', notes: 'Notes', places: 'Où' },
    themesTitle: 'Thème par thème',
    themeEmpty: 'Aucune des notes placées dans ce thème ne peut sortir de sa séance.',
    boardEmpty: 'Le tableau ne compte encore aucun thème.',
    noneShared: 'Aucune des notes de ce tableau ne peut sortir de sa séance.',
    coverage: {
      title: 'Couverture par séance',
      intro: `Les parties de la note que chaque séance a travaillées, par son déroulé ou par les notes qu’elle a partagées. Le tableau reprend celles qu’au moins une séance a abordées${nb}; les autres sont indiquées à la suite.`,
      item: 'Contenu de la note',
      total: 'Séances',
      viaNotes: 'dans les notes partagées',
      viaAgenda: 'dans le déroulé seulement',
      otherKinds: 'Autres parties de la note',
      notReached: 'Non abordé dans ces séances',
      columns: (from, to, total) => `Séances ${from} à ${to} sur ${total}`,
      empty: 'Aucune de ces séances n’a relié son déroulé ou ses notes à la note.'
    },
    sources: {
      title: 'Sources',
      intro: 'Les séances dont cette synthèse est tirée, numérotées comme dans le tableau de couverture.',
      session: 'Séance',
      place: 'Lieu',
      date: 'Date',
      origin: 'Importée de',
      notes: 'Notes',
      ownSession: 'Séance de notre équipe'
    },
    placeNotGiven: 'Lieu non précisé',
    dateNotGiven: 'Date non précisée'
  }
}
