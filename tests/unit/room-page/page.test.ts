// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { PAYLOADS } from '../../support/xss-payloads'
import { ROOM_LIMITS } from '../../../src/shared/room/constants'

const view = {
  ok: true,
  prompt: PAYLOADS[1],
  clusters: [{ id: 'cluster0001', name: PAYLOADS[0] }],
  dots: 2,
  myVotes: {},
  attribution: false
}

beforeEach(() => {
  vi.resetModules()
  document.body.innerHTML = '<div id="app"></div>'
  history.replaceState(null, '', '/#K7QW2M')
  Object.defineProperty(navigator, 'languages', { value: ['es-ES'], configurable: true })
})

const settle = () => new Promise((r) => setTimeout(r, 20))

/** The room answering every call with `view` (while `reachable()`, else the phone is offline); the calls made. */
function roomAnswers(reachable = () => true) {
  const fetches: Array<{ url: string; body: unknown }> = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      if (!reachable()) throw new TypeError('Failed to fetch')
      fetches.push({ url, body: JSON.parse(String(init.body)) })
      return new Response(JSON.stringify(view), { headers: { 'content-type': 'application/json' } })
    })
  )
  return fetches
}

describe('the phone page', () => {
  it('joins with the code from the QR address, takes it out of the address, shows markup as text, stores nothing', async () => {
    const fetches = roomAnswers()
    await import('../../../src/room-page/main')
    await settle()
    expect(location.hash).toBe('')
    expect(fetches[0]).toEqual({ url: '/room/api/status', body: { code: 'K7QW2M' } })
    expect(document.documentElement.lang).toBe('es')
    expect(document.documentElement.dir).toBe('ltr')
    expect(document.querySelector('h1')?.textContent).toBe('Únete a la sala')
    expect(document.querySelector('.prompt-text')?.textContent).toBe(PAYLOADS[1])
    expect(document.querySelector('#app img, #app script, #app svg')).toBeNull()
    expect(document.querySelector('.clusters .name')?.textContent).toBe(PAYLOADS[0])
    expect(document.body.textContent).toContain('En esta sesión no se guarda ningún nombre')
    expect(localStorage.length + sessionStorage.length).toBe(0)
    vi.unstubAllGlobals()
  })

  it('follows an Arabic phone: right to left, Arabic text, the code and what people type keep their own direction', async () => {
    Object.defineProperty(navigator, 'languages', { value: ['ar-MA', 'fr-FR'], configurable: true })
    roomAnswers()
    await import('../../../src/room-page/main')
    await settle()
    expect(document.documentElement.lang).toBe('ar')
    expect(document.documentElement.dir).toBe('rtl')
    expect(document.querySelector('h1')?.textContent).toBe('الانضمام إلى القاعة')
    expect((document.getElementById('lang') as HTMLSelectElement).value).toBe('ar')
    expect(document.getElementById('text')?.getAttribute('dir')).toBe('auto')
    expect(document.querySelector('.prompt-text')?.getAttribute('dir')).toBe('auto')
    expect(document.body.textContent).toContain('لا يُحفظ أي اسم')
    const select = document.getElementById('lang') as HTMLSelectElement
    select.value = 'fr'
    select.dispatchEvent(new Event('change'))
    expect(document.documentElement.dir).toBe('ltr')
    expect(document.querySelector('h1')?.textContent).toBe('Rejoindre la salle')
    vi.unstubAllGlobals()
  })

  it('keeps the participant in the room, draft and all, while the hotspot drops out; leaves only when the room stays gone', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    let reachable = true
    roomAnswers(() => reachable)
    await import('../../../src/room-page/main')
    await vi.advanceTimersByTimeAsync(20)
    const text = () => document.getElementById('text') as HTMLTextAreaElement
    text().value = 'Los horarios del padrón no sirven a quien trabaja'
    text().dispatchEvent(new Event('input'))
    ;(document.getElementById('kind-barrier') as HTMLInputElement).click()

    reachable = false
    await vi.advanceTimersByTimeAsync(4100)
    expect(text().value).toBe('Los horarios del padrón no sirven a quien trabaja')
    expect(document.body.textContent).toContain('Se ha perdido la conexión')

    // Changing language re-draws the page: what was typed, and its kind, stay.
    const select = document.getElementById('lang') as HTMLSelectElement
    select.value = 'fr'
    select.dispatchEvent(new Event('change'))
    expect(text().value).toBe('Los horarios del padrón no sirven a quien trabaja')
    expect((document.getElementById('kind-barrier') as HTMLInputElement).checked).toBe(true)

    reachable = true
    await vi.advanceTimersByTimeAsync(4100)
    expect(document.body.textContent).not.toContain('Connexion perdue')
    expect(text().value).toBe('Los horarios del padrón no sirven a quien trabaja')

    // A room that stays out of reach for a minute is closed: back to the code, nothing kept.
    reachable = false
    await vi.advanceTimersByTimeAsync(ROOM_LIMITS.offlineGiveUpMs + 2 * ROOM_LIMITS.pollMs)
    expect(document.getElementById('text')).toBeNull()
    expect(document.getElementById('code')).not.toBeNull()
    expect(document.body.textContent).toContain('La salle est injoignable')
    expect(localStorage.length + sessionStorage.length).toBe(0)
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })
})
