/** Every string of the participant page. A new language is one more file like `en.ts`. */
export interface Catalog {
  /** The language's own name, shown in the language picker. */
  name: string
  dir: 'ltr' | 'rtl'
  title: string
  language: string
  codeLabel: string
  codeHint: string
  join: string
  joining: string
  promptHeading: string
  noPrompt: string
  sendHeading: string
  textLabel: string
  textHint: string
  /** `{n}` is replaced by the characters left. */
  charsLeft: string
  kindLabel: string
  kinds: { idea: string; question: string; barrier: string; enabler: string }
  pseudonymLabel: string
  pseudonymHint: string
  /** What the facilitator will see, anonymous by default. */
  whoSees: string
  /** Added when the session does not keep names with notes. */
  noAttribution: string
  send: string
  sending: string
  sent: string
  voteHeading: string
  /** `{n}` is replaced by the dots left. */
  dotsLeft: string
  addDot: string
  removeDot: string
  /** `{n}` dots on `{name}`. */
  dotsOn: string
  sendVotes: string
  votesSaved: string
  leave: string
  /** Shown while the room cannot be reached for a moment; the draft stays. */
  reconnecting: string
  errors: {
    invalid: string
    'wrong-code': string
    'too-many': string
    'too-large': string
    closed: string
    'queue-full': string
    'no-voting': string
    'too-many-dots': string
    failed: string
    offline: string
    empty: string
  }
}
