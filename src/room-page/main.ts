import './style.css'
import { ROOM_CODE_LENGTH, ROOM_LIMITS } from '../shared/room/constants'
import type { RoomParticipantView } from '../shared/room/participant'
import { roomApi, type Outcome } from './api'
import { h, clear } from './dom'
import { CATALOGS, pickLanguage } from './locales'
import type { Catalog } from './locales/catalog'
import { contributeForm, emptyDraft } from './contribute'
import { voteForm } from './vote'

/**
 * The participant page. Everything lives in memory: the code, the view, the draft. Nothing goes
 * to localStorage, sessionStorage or IndexedDB, so closing the tab leaves nothing of the room on
 * the phone (the server's session cookie goes with the browser session).
 */
const state = {
  lang: pickLanguage(navigator.languages ?? [navigator.language]),
  code: '',
  view: null as RoomParticipantView | null,
  message: '' as string,
  draft: emptyDraft(),
  /** When the room stopped answering (ms), while the page keeps the participant in it. */
  offlineSince: null as number | null
}
const root = document.getElementById('app')!
let timer: number | undefined
let statusLine: HTMLElement | null = null

const t = (): Catalog => CATALOGS[state.lang] ?? CATALOGS.en!

/** A code in the address (the QR code) is read once and taken out of the address bar and history. */
const fromHash = location.hash.replace(/^#/, '').toUpperCase()
if (fromHash) history.replaceState(null, '', location.pathname)

function errorText(error: string): string {
  const errors = t().errors as Record<string, string>
  return errors[error] ?? errors.failed!
}

function languagePicker(): HTMLElement {
  const select = h('select', { id: 'lang', class: 'lang' })
  for (const [code, catalog] of Object.entries(CATALOGS)) {
    const option = h('option', { value: code, lang: code }, [catalog.name])
    option.selected = code === state.lang
    select.append(option)
  }
  select.addEventListener('change', () => {
    state.lang = select.value
    render()
    document.getElementById('lang')?.focus()
  })
  return h('div', { class: 'lang-row' }, [h('label', { for: 'lang' }, [t().language]), select])
}

function joinForm(): HTMLElement {
  const input = h('input', {
    id: 'code',
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: String(ROOM_CODE_LENGTH),
    'aria-describedby': 'code-hint',
    class: 'code',
    // The code is Latin letters and digits, read left to right even on an Arabic page.
    dir: 'ltr'
  })
  input.value = state.code || fromHash
  const button = h('button', { type: 'submit', class: 'primary' }, [t().join])
  const form = h('form', { class: 'card', novalidate: true }, [
    h('label', { for: 'code' }, [t().codeLabel]),
    input,
    h('p', { id: 'code-hint', class: 'hint' }, [t().codeHint]),
    button
  ])
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    button.disabled = true
    button.textContent = t().joining
    void join(input.value.trim().toUpperCase())
  })
  return form
}

async function join(code: string) {
  const outcome = await roomApi.status(code)
  if (outcome.ok) {
    state.code = code
    state.view = outcome.value
    state.message = ''
    schedule()
  } else state.message = errorText(outcome.error)
  render()
}

function schedule() {
  window.clearTimeout(timer)
  timer = window.setTimeout(() => void poll(), ROOM_LIMITS.pollMs)
}

async function poll() {
  if (!state.code) return
  const outcome: Outcome<RoomParticipantView> = await roomApi.status(state.code)
  if (outcome.ok) {
    if (state.offlineSince !== null) showStatus('')
    state.offlineSince = null
    const before = JSON.stringify(state.view)
    state.view = outcome.value
    // Re-rendering while someone types would lose focus; only the parts fed by the room change.
    if (before !== JSON.stringify(state.view)) renderRoom(false)
    schedule()
  } else if (outcome.error === 'offline') {
    // A phone on a hotspot drops out for seconds at a time: stay, keep the draft, try again.
    state.offlineSince ??= Date.now()
    if (Date.now() - state.offlineSince >= ROOM_LIMITS.offlineGiveUpMs) return leave(errorText('offline'))
    showStatus(t().reconnecting)
    schedule()
  } else if (outcome.error === 'wrong-code') {
    leave(errorText(outcome.error))
  } else schedule()
}

/** The page's status line, changed in place (a full render would move the participant's focus). */
function showStatus(message: string) {
  state.message = message
  if (statusLine) statusLine.textContent = message
}

function leave(message: string) {
  window.clearTimeout(timer)
  state.code = ''
  state.view = null
  state.message = message
  state.draft = emptyDraft()
  state.offlineSince = null
  render()
}

function promptCard(view: RoomParticipantView): HTMLElement {
  return h('section', { class: 'card prompt', 'aria-labelledby': 'prompt-h' }, [
    h('h2', { id: 'prompt-h' }, [t().promptHeading]),
    h('p', view.prompt ? { class: 'prompt-text', dir: 'auto' } : { class: 'hint' }, [
      view.prompt ?? t().noPrompt
    ])
  ])
}

let roomParts: { prompt: HTMLElement; vote: HTMLElement } | null = null

function renderRoom(full: boolean) {
  const view = state.view!
  if (full || !roomParts) return render()
  const prompt = promptCard(view)
  roomParts.prompt.replaceWith(prompt)
  const vote = voteForm(t(), view, state.code, (next) => (state.view = next))
  roomParts.vote.replaceWith(vote)
  roomParts = { prompt, vote }
}

function render() {
  const c = t()
  document.documentElement.lang = state.lang
  document.documentElement.dir = c.dir
  document.title = c.title
  clear(root)
  roomParts = null
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, [state.message])
  statusLine = status
  const main = h('main', {}, [h('h1', {}, [c.title]), languagePicker()])
  if (!state.view) {
    main.append(joinForm(), status)
  } else {
    const view = state.view
    const prompt = promptCard(view)
    const vote = voteForm(c, view, state.code, (next) => (state.view = next))
    roomParts = { prompt, vote }
    const leaveButton = h('button', { type: 'button', class: 'link' }, [c.leave])
    leaveButton.addEventListener('click', () => leave(''))
    main.append(
      prompt,
      contributeForm(c, view, state.code, errorText, state.draft),
      vote,
      leaveButton,
      status
    )
  }
  root.append(main)
}

render()
if (fromHash.length === ROOM_CODE_LENGTH) void join(fromHash)
