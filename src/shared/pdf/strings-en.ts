import type { PdfStrings } from './strings-types'

export const en: PdfStrings = {
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
  languageNames: { en: 'English', es: 'Spanish', fr: 'French', ar: 'Arabic' },
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
    none: '—',
    more: (count) => `and ${count} more`
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
  markdown: { excluded: 'Not included, as agreed with participants' },
  crossBrief: {
    document: 'Cross-session brief',
    generatedOn: (date) => `Generated on ${date}`,
    sessionCount: { one: 'session', other: 'sessions' },
    consentLine: (notes, kept) =>
      `This brief brings together ${notes} from the sessions listed at the end. Each note was judged by the consent rules of its own session. Notes left out, as their sessions agreed: ${kept}.`,
    allShared: (notes) =>
      `This brief brings together ${notes} from the sessions listed at the end. Each note is shared as the consent rules of its own session allow.`,
    votesNote:
      'Votes are those each note received in its own session; a speaker is named only where that session allowed it.',
    figures: {
      themes: { one: 'theme', other: 'themes' },
      sessions: { one: 'session', other: 'sessions' },
      places: { one: 'place', other: 'places' }
    },
    themeTable: { theme: 'Theme', notes: 'Notes', places: 'Where' },
    themesTitle: 'Theme by theme',
    themeEmpty: 'None of the notes placed in this theme may be shared beyond its session.',
    boardEmpty: 'The board has no themes yet.',
    noneShared: 'None of the notes on this board may be shared beyond their sessions.',
    coverage: {
      title: 'Coverage across sessions',
      intro:
        'Which parts of the note each session worked on, through its agenda or the notes it shared. The table lists the parts at least one session reached; the others follow it.',
      item: 'Part of the note',
      total: 'Sessions',
      viaNotes: 'in the notes shared',
      viaAgenda: 'on the agenda only',
      otherKinds: 'Other parts of the note',
      notReached: 'Not reached in these sessions',
      columns: (from, to, total) => `Sessions ${from}–${to} of ${total}`,
      empty: 'None of these sessions linked its agenda or its notes to the note.'
    },
    sources: {
      title: 'Sources',
      intro: 'The sessions this brief draws on, numbered as in the coverage table.',
      session: 'Session',
      place: 'Place',
      date: 'Date',
      origin: 'Imported from',
      notes: 'Notes',
      ownSession: 'Our own session'
    },
    placeNotGiven: 'Place not given',
    dateNotGiven: 'Date not given'
  }
}
