import { ROOM_KINDS, ROOM_LIMITS, type RoomKind } from '../shared/room/constants'
import type { RoomParticipantView } from '../shared/room/participant'
import { roomApi } from './api'
import { h } from './dom'
import { fill } from './locales'
import type { Catalog } from './locales/catalog'

/** What the participant is writing: kept in memory across re-renders (language, reconnection). */
export interface Draft {
  text: string
  kind: RoomKind
  pseudonym: string
}

export const emptyDraft = (): Draft => ({ text: '', kind: 'idea', pseudonym: '' })

/** Text, kind and optional pseudonym; the draft is cleared once the room has it on disk. */
export function contributeForm(
  c: Catalog,
  view: RoomParticipantView,
  code: string,
  errorText: (error: string) => string,
  draft: Draft
): HTMLElement {
  const text = h('textarea', {
    id: 'text',
    name: 'text',
    // What people type may be in another script than the page (Arabic page, French idea).
    dir: 'auto',
    rows: '4',
    maxlength: String(ROOM_LIMITS.text),
    'aria-describedby': 'text-hint text-left'
  })
  text.value = draft.text
  const left = h('p', { id: 'text-left', class: 'hint', 'aria-live': 'polite' }, [
    fill(c.charsLeft, { n: ROOM_LIMITS.text - draft.text.length })
  ])
  text.addEventListener('input', () => {
    draft.text = text.value
    left.textContent = fill(c.charsLeft, { n: ROOM_LIMITS.text - text.value.length })
  })
  const kinds = h('fieldset', { class: 'kinds' }, [h('legend', {}, [c.kindLabel])])
  ROOM_KINDS.forEach((kind) => {
    const id = `kind-${kind}`
    const radio = h('input', { type: 'radio', name: 'kind', id, value: kind, checked: kind === draft.kind })
    radio.addEventListener('change', () => (draft.kind = kind))
    kinds.append(h('div', { class: 'choice' }, [radio, h('label', { for: id }, [c.kinds[kind]])]))
  })
  const pseudonym = h('input', {
    id: 'pseudonym',
    name: 'pseudonym',
    dir: 'auto',
    autocomplete: 'off',
    maxlength: String(ROOM_LIMITS.pseudonym),
    'aria-describedby': 'pseudonym-hint who-sees'
  })
  pseudonym.value = draft.pseudonym
  pseudonym.addEventListener('input', () => (draft.pseudonym = pseudonym.value))
  const button = h('button', { type: 'submit', class: 'primary' }, [c.send])
  const result = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' })
  const form = h('form', { class: 'card', 'aria-labelledby': 'send-h', novalidate: true }, [
    h('h2', { id: 'send-h' }, [c.sendHeading]),
    h('label', { for: 'text' }, [c.textLabel]),
    text,
    h('p', { id: 'text-hint', class: 'hint' }, [c.textHint]),
    left,
    kinds,
    h('label', { for: 'pseudonym' }, [c.pseudonymLabel]),
    pseudonym,
    h('p', { id: 'pseudonym-hint', class: 'hint' }, [c.pseudonymHint]),
    h('p', { id: 'who-sees', class: 'who' }, [c.whoSees + (view.attribution ? '' : ` ${c.noAttribution}`)]),
    button,
    result
  ])
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const body = text.value.trim()
    if (!body) {
      result.textContent = c.errors.empty
      text.focus()
      return
    }
    const kind = (form.querySelector<HTMLInputElement>('input[name=kind]:checked')?.value ??
      'idea') as RoomKind
    button.disabled = true
    button.textContent = c.sending
    void roomApi
      .submit({
        code,
        text: body,
        kind,
        ...(pseudonym.value.trim() ? { pseudonym: pseudonym.value.trim() } : {})
      })
      .then((outcome) => {
        button.disabled = false
        button.textContent = c.send
        if (outcome.ok) {
          text.value = ''
          draft.text = ''
          left.textContent = fill(c.charsLeft, { n: ROOM_LIMITS.text })
          result.textContent = c.sent
        } else result.textContent = errorText(outcome.error)
      })
  })
  return form
}
