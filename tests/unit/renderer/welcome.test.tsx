import { act, screen, waitFor, within } from '@testing-library/react'
import axe from 'axe-core'
import { useState } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import type { Channel } from '../../../src/shared/ipc/channels'
import { AboutModal } from '../../../src/renderer/src/components/AboutModal'
import { Welcome, WELCOME_TEMPLATE } from '../../../src/renderer/src/components/Welcome'
import { renderApp } from '../../support/render-app'
import type * as Client from '../../../src/renderer/src/api/client'

type Handler = (input: Record<string, unknown>) => unknown
const handlers = new Map<Channel, Handler>()
const sent: { channel: Channel; input: unknown }[] = []

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) => {
  const real = await importOriginal<typeof Client>()
  const call = async (channel: Channel, input?: Record<string, unknown>) => {
    sent.push({ channel, input })
    const handler = handlers.get(channel)
    if (!handler) throw new real.ApiError({ code: 'internal/unexpected', message: `no fake for ${channel}` })
    return structuredClone(await handler(input ?? {}))
  }
  return { ...real, call, invoke: call }
})

let settings = { language: null, welcomeDismissed: false, revision: 0, systemLanguage: null }
const TEMPLATE_TITLE = 'Storytelling: exploring the accessibility of the city (in the room)'

beforeEach(() => {
  sent.length = 0
  settings = { language: null, welcomeDismissed: false, revision: 0, systemLanguage: null }
  handlers.clear()
  handlers.set('settings:get', () => settings)
  handlers.set('settings:set', (input) => {
    settings = { ...settings, ...input, revision: settings.revision + 1 }
    return settings
  })
  handlers.set('app:info', () => ({
    name: 'Passerelle',
    version: '0.1.0',
    mode: 'browser',
    dataDir: '/data'
  }))
  handlers.set('catalog:get', () => ({
    format: 'passerelle.planning-catalog',
    formatVersion: 1,
    methods: [],
    personas: [],
    templates: [
      { id: 'half-day-peer-learning', title: { en: 'Half-day', es: 'Media jornada', fr: 'Demi-journée' } },
      { id: WELCOME_TEMPLATE, title: { en: TEMPLATE_TITLE, es: 'Narración', fr: 'Récits' } }
    ]
  }))
  handlers.set('templates:list', () => [])
})

/** What the Shell gives the welcome: a route, the main region it hands focus back to, About. */
function Frame() {
  const [about, setAbout] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setAbout(true)}>
        About Passerelle
      </button>
      <main id="main" tabIndex={-1}>
        <Welcome />
        <article data-testid="item-view">The note’s summary</article>
      </main>
      {about && <AboutModal opened onClose={() => setAbout(false)} />}
    </>
  )
}

function renderAt(path: string) {
  const location = memoryLocation({ path, record: true })
  const view = renderApp(
    <Router hook={location.hook}>
      <Frame />
    </Router>
  )
  return { ...view, location }
}

const welcome = () => screen.findByRole('region', { name: 'Welcome to Passerelle' })

describe('the first-run welcome', () => {
  it('says what Passerelle is, that everything stays on this computer, and offers three starts', async () => {
    const { container } = renderAt('/library')
    const panel = await welcome()
    expect(panel.textContent).toContain('peer-learning sessions between cities')
    expect(panel.textContent).toContain('Everything you write stays on this computer.')
    expect(
      within(panel)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent)
    ).toEqual(['Read the note', 'Plan a session', 'Open a colleague’s session'])
    for (const name of ['Open the note', 'Plan from a template', 'Open a session file…', 'Hide the welcome'])
      expect(within(panel).getByRole('button', { name })).toBeTruthy()
    // First run does not steal focus: the page starts where it always does.
    expect(document.activeElement).toBe(document.body)
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
    expect(results.violations.map((v) => v.id)).toEqual([])
  })

  it('is only above the Library, and only once the settings say it is not hidden', async () => {
    renderAt('/sessions')
    await waitFor(() => expect(sent.map((s) => s.channel)).toContain('settings:get'))
    expect(screen.queryByRole('region', { name: 'Welcome to Passerelle' })).toBeNull()
  })

  it('hides for good with its button: remembered in the notebook, focus moves to the screen', async () => {
    const { user } = renderAt('/library')
    await user.click(within(await welcome()).getByRole('button', { name: 'Hide the welcome' }))
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Welcome to Passerelle' })).toBeNull())
    expect(sent.filter((s) => s.channel === 'settings:set').map((s) => s.input)).toEqual([
      { welcomeDismissed: true }
    ])
    expect(document.activeElement?.id).toBe('main')
  })

  it('stays hidden when the notebook says so', async () => {
    settings.welcomeDismissed = true
    renderAt('/library')
    await waitFor(() => expect(sent.map((s) => s.channel)).toContain('settings:get'))
    await act(() => new Promise((r) => setTimeout(r, 20)))
    expect(screen.queryByRole('region', { name: 'Welcome to Passerelle' })).toBeNull()
  })

  it('comes back from About: saved, taken to the Library, focus on the welcome', async () => {
    settings.welcomeDismissed = true
    const { user, location } = renderAt('/sessions')
    await user.click(screen.getByRole('button', { name: 'About Passerelle' }))
    const dialog = await screen.findByRole('dialog', { name: 'About Passerelle' })
    await user.click(within(dialog).getByRole('button', { name: 'Show the welcome again' }))
    const panel = await welcome()
    expect(location.history.at(-1)).toBe('/library')
    expect(screen.queryByRole('dialog', { name: 'About Passerelle' })).toBeNull()
    expect(sent.filter((s) => s.channel === 'settings:set').map((s) => s.input)).toEqual([
      { welcomeDismissed: false }
    ])
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 })))
  })

  it('“Open the note” goes to the note and moves focus into it', async () => {
    const { user, location } = renderAt('/library/uclg-plm-28%3Aglossary')
    await user.click(within(await welcome()).getByRole('button', { name: 'Open the note' }))
    expect(location.history.at(-1)).toBe('/library')
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('item-view')))
  })

  it('“Plan from a template” opens the new-session dialog with the storytelling template chosen', async () => {
    const { user } = renderAt('/library')
    await user.click(within(await welcome()).getByRole('button', { name: 'Plan from a template' }))
    const dialog = await screen.findByRole('dialog', { name: 'New session' })
    const template = within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Start from' })
    expect(template.value).toBe(WELCOME_TEMPLATE)
    expect(template.selectedOptions[0]?.textContent).toBe(TEMPLATE_TITLE)
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: /Title/ }))
    )
    // Cancelling leaves the welcome where it was.
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(screen.getByRole('region', { name: 'Welcome to Passerelle' })).toBeTruthy()
  })

  it('“Open a session file…” is the session import: the picked file is previewed before anything is saved', async () => {
    handlers.set('sessions:import-preview', () => ({
      title: 'Atelier Grenoble',
      date: null,
      exists: false,
      counts: { blocks: 3, personas: 1, notes: 0, journeys: 0, clusters: 0, actions: 0 }
    }))
    const { user, container } = renderAt('/library')
    await welcome()
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!
    expect(input.accept).toBe('application/json,.json')
    await user.upload(input, new File(['{"schemaVersion":6}'], 'atelier.json', { type: 'application/json' }))
    const dialog = await screen.findByRole('dialog', { name: 'Import a session' })
    await within(dialog).findByText('Atelier Grenoble')
    expect(sent.filter((s) => s.channel === 'sessions:import-preview').map((s) => s.input)).toEqual([
      { content: '{"schemaVersion":6}' }
    ])
    expect(sent.map((s) => s.channel)).not.toContain('sessions:import')
  })
})
