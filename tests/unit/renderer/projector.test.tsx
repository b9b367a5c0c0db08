import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import axe from 'axe-core'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ProjectorView } from '../../../src/shared/projector/view'
import { projectorSessionOf } from '../../../src/renderer/src/features/projector/ProjectorApp'
import { ProjectorPage } from '../../../src/renderer/src/features/projector/ProjectorPage'
import { ProjectorControls } from '../../../src/renderer/src/features/projector/ProjectorControls'
import { formatLeft, secondsLeft } from '../../../src/renderer/src/features/projector/Countdown'
import { freshBackend, refuse, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (real) =>
  (await import('../../support/fake-backend')).fakeClient(await real())
)

const START = '2026-03-16T09:04:00.000Z'

function view(
  overrides: Partial<NonNullable<ProjectorView['screen']>> = {},
  languages = ['fr', 'en']
): ProjectorView {
  return {
    settings: { blank: false, languages: languages as ProjectorView['settings']['languages'] },
    screen: {
      live: true,
      ended: null,
      block: {
        index: 1,
        total: 4,
        title: 'World café',
        kind: 'activity',
        durationMinutes: 15,
        startedAt: START,
        ended: false
      },
      prompts: [
        { language: 'fr', title: 'Habiter ici', text: 'Qu’est-ce qui changerait en premier ?' },
        { language: 'en', title: 'Living here', text: 'What would change first?' }
      ],
      join: { url: 'http://127.0.0.2:51234/', code: 'K7M2QX', qr: ['1110', '1001', '0110', '1011'] },
      contributions: [{ id: 'not0001', type: 'barrier', text: 'The desk closes at noon' }],
      votes: [
        { id: 'clu0001', name: 'Housing', votes: 6 },
        { id: 'clu0002', name: 'Language classes', votes: 1 }
      ],
      ...overrides
    }
  }
}

let backend: Backend
let current: ProjectorView
beforeEach(() => {
  backend = freshBackend()
  current = view()
  // As main does: blank sends no screen, and showing again sends it back.
  const answer = () => (current.settings.blank ? { ...current, screen: null } : current)
  backend.on('projector:state', answer)
  backend.on('projector:set', (input) => {
    const { sessionId: _, ...change } = input
    current = { ...current, settings: { ...current.settings, ...change } }
    return answer()
  })
})

describe('projector page', () => {
  it('shows the block, its prompt in two languages side by side, the join card, contributions and votes, labelled in the first language', async () => {
    vi.useFakeTimers({ now: Date.parse(START) + 65_000, toFake: ['Date'] })
    const { container } = renderApp(<ProjectorPage sessionId="ses0001" />)
    expect(await screen.findByRole('heading', { level: 1, name: 'World café' })).toBeTruthy()
    const wall = screen.getByTestId('projector')
    expect(wall.getAttribute('lang')).toBe('fr')
    expect(wall.getAttribute('dir')).toBe('ltr')
    expect(screen.getByText('Bloc 2 sur 4')).toBeTruthy()
    expect(screen.getByRole('timer', { name: 'Temps restant' }).textContent).toContain('13:55')
    const prompts = within(screen.getByTestId('projector-prompts')).getAllByRole('blockquote')
    expect(prompts.map((p) => p.getAttribute('lang'))).toEqual(['fr', 'en'])
    expect(prompts[1]?.textContent).toContain('What would change first?')
    const join = screen.getByTestId('projector-join')
    expect(within(join).getByText('K7M2QX')).toBeTruthy()
    expect(within(join).getByRole('img', { name: 'Code QR de http://127.0.0.2:51234/' })).toBeTruthy()
    // One square per dark module, placed after the four-module quiet zone.
    const path = join.querySelector('path')?.getAttribute('d') ?? ''
    expect(path.match(/M/g)).toHaveLength(10)
    expect(path.startsWith('M4 4h1v1h-1z')).toBe(true)
    expect(
      within(screen.getByTestId('projector-contributions')).getByText('The desk closes at noon')
    ).toBeTruthy()
    expect(within(screen.getByTestId('projector-votes')).getByText('6 gommettes')).toBeTruthy()
    vi.useRealTimers()
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
    expect(results.violations.map((v) => v.id)).toEqual([])
  })

  it.each([
    [['ar', 'fr'], 'rtl', ['rtl', 'ltr']],
    [['fr', 'ar'], 'ltr', ['ltr', 'rtl']]
  ] as const)(
    'Arabic on either side carries its own direction (%j); the address and code stay left to right',
    async (languages, wallDir, promptDirs) => {
      current = view(
        {
          prompts: languages.map((language) =>
            language === 'ar'
              ? { language, title: 'السكن هنا', text: 'ما الذي سيتغيّر أولًا؟' }
              : { language, title: 'Habiter ici', text: 'Qu’est-ce qui changerait en premier ?' }
          )
        },
        [...languages]
      )
      renderApp(<ProjectorPage sessionId="ses0001" />)
      await screen.findByRole('heading', { level: 1, name: 'World café' })
      const wall = screen.getByTestId('projector')
      expect([wall.getAttribute('lang'), wall.getAttribute('dir')]).toEqual([languages[0], wallDir])
      const prompts = within(screen.getByTestId('projector-prompts')).getAllByRole('blockquote')
      expect(prompts.map((p) => [p.getAttribute('lang'), p.getAttribute('dir')])).toEqual(
        languages.map((language, i) => [language, promptDirs[i]])
      )
      if (wallDir === 'rtl') expect(screen.getByText('الفقرة 2 من 4')).toBeTruthy()
      expect(screen.getByTestId('projector-code').getAttribute('dir')).toBe('ltr')
    }
  )

  it('shows nothing from the room that was not sent, and a waiting line before live mode starts', async () => {
    current = view({ live: false, block: null, prompts: [], join: null, contributions: null, votes: null }, [
      'en'
    ])
    renderApp(<ProjectorPage sessionId="ses0001" />)
    expect(await screen.findByRole('heading', { name: 'The session will begin shortly.' })).toBeTruthy()
    expect(screen.queryByTestId('projector-join')).toBeNull()
    expect(screen.queryByTestId('projector-contributions')).toBeNull()
    expect(screen.queryByTestId('projector-votes')).toBeNull()
    expect(screen.queryByRole('timer')).toBeNull()
  })

  it('once live mode has ended: the session title and a thank-you in each language, no block, no clock', async () => {
    current = view(
      {
        ended: { title: 'Atelier Grenoble' },
        block: null,
        prompts: [],
        join: null,
        contributions: null,
        votes: null
      },
      ['ar', 'en']
    )
    const { container } = renderApp(<ProjectorPage sessionId="ses0001" />)
    expect(await screen.findByRole('heading', { level: 1, name: 'Atelier Grenoble' })).toBeTruthy()
    const thanks = within(screen.getByTestId('projector-ended'))
    const arabic = thanks.getByText('شكرًا لمشاركتكم').closest('[lang]')
    const english = thanks.getByText('Thank you for taking part').closest('[lang]')
    expect([arabic?.getAttribute('lang'), arabic?.getAttribute('dir')]).toEqual(['ar', 'rtl'])
    expect([english?.getAttribute('lang'), english?.getAttribute('dir')]).toEqual(['en', 'ltr'])
    expect(thanks.getByText('This session has ended.')).toBeTruthy()
    expect(screen.queryByRole('timer')).toBeNull()
    expect(screen.queryByTestId('projector-block')).toBeNull()
    expect(screen.queryByText(/الفقرة/)).toBeNull()
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
    expect(results.violations.map((v) => v.id)).toEqual([])
  })

  it('B blanks at once, before main answers, and B again shows the wall', async () => {
    renderApp(<ProjectorPage sessionId="ses0001" />)
    await screen.findByRole('heading', { level: 1, name: 'World café' })
    const release = backend.hold('projector:set')
    fireEvent.keyDown(window, { key: 'b' })
    expect(await screen.findByText('L’écran est masqué.')).toBeTruthy()
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
    expect(screen.getByTestId('projector').getAttribute('data-blank')).toBe('true')
    release()
    await waitFor(() =>
      expect(backend.sent('projector:set')).toEqual([{ sessionId: 'ses0001', blank: true }])
    )
    // A shortcut is not B.
    fireEvent.keyDown(window, { key: 'b', ctrlKey: true })
    expect(backend.sent('projector:set')).toHaveLength(1)
    fireEvent.keyDown(window, { key: 'B' })
    expect(await screen.findByRole('heading', { level: 1, name: 'World café' })).toBeTruthy()
    expect(backend.sent('projector:set').at(-1)).toEqual({ sessionId: 'ses0001', blank: false })
  })

  it('follows changes without being touched: the next poll shows the next block', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    renderApp(<ProjectorPage sessionId="ses0001" />)
    await screen.findByRole('heading', { level: 1, name: 'World café' })
    current = view({ block: { ...view().screen!.block!, index: 2, title: 'Synthesis' } })
    await act(() => vi.advanceTimersByTimeAsync(1100))
    expect(await screen.findByRole('heading', { level: 1, name: 'Synthesis' })).toBeTruthy()
    vi.useRealTimers()
  })

  it('drops what it showed once the notebook locks: no contribution, block or join card stays on the wall', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    renderApp(<ProjectorPage sessionId="ses0001" />)
    await screen.findByRole('heading', { level: 1, name: 'World café' })
    expect(screen.getByText('The desk closes at noon')).toBeTruthy()
    backend.on('projector:state', () => refuse('crypto/locked'))
    await act(() => vi.advanceTimersByTimeAsync(1100))
    await waitFor(() => expect(screen.queryByText('The desk closes at noon')).toBeNull())
    expect(screen.queryByRole('heading', { level: 1, name: 'World café' })).toBeNull()
    expect(screen.queryByTestId('projector-join')).toBeNull()
    vi.useRealTimers()
  })
})

describe('countdown', () => {
  const block = {
    index: 0,
    total: 1,
    title: 'x',
    kind: 'activity' as const,
    durationMinutes: 10,
    startedAt: START,
    ended: false
  }
  it('counts down from the block’s start and never shows a negative clock', () => {
    expect(secondsLeft(block, Date.parse(START) + 61_000)).toBe(539)
    expect(formatLeft(539)).toBe('8:59')
    expect(secondsLeft({ ...block, startedAt: null }, 0)).toBe(600)
    expect(formatLeft(-30)).toBe('0:00')
  })

  it('says when time is up and when the block has ended', async () => {
    current = view({ block: { ...block, startedAt: '2020-01-01T00:00:00.000Z' } }, ['en'])
    renderApp(<ProjectorPage sessionId="ses0001" />)
    expect((await screen.findByRole('timer')).textContent).toContain('Time is up')
  })
})

describe('projector controls in live mode', () => {
  it('blank, languages (one or two), and the projector opened in a second tab with the access token', async () => {
    sessionStorage.setItem('passerelle.token', 'tok en/1')
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    const { user } = renderApp(<ProjectorControls sessionId="ses0001" />)
    await user.click(await screen.findByRole('button', { name: 'Blank the projector' }))
    expect(await screen.findByText('The projector is blank.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Show the projector again' }))
    await waitFor(() => expect(backend.sent('projector:set').map((c) => c.blank)).toEqual([true, false]))
    // Two chosen: the third waits; the last one left cannot be unchecked.
    expect((screen.getByRole('checkbox', { name: 'Español' }) as HTMLInputElement).disabled).toBe(true)
    await user.click(screen.getByRole('checkbox', { name: 'English' }))
    await waitFor(() =>
      expect(backend.sent('projector:set').at(-1)).toEqual({ sessionId: 'ses0001', languages: ['fr'] })
    )
    expect((screen.getByRole('checkbox', { name: 'Français' }) as HTMLInputElement).disabled).toBe(true)
    expect((screen.getByRole('checkbox', { name: 'Español' }) as HTMLInputElement).disabled).toBe(false)

    await user.click(screen.getByRole('button', { name: 'Open the projector view' }))
    const [url, target] = open.mock.calls[0]!
    expect(new URL(String(url)).search).toBe('?token=tok%20en%2F1')
    expect(new URL(String(url)).hash).toBe('#/projector/ses0001')
    expect(target).toBe('passerelle-projector-ses0001')
    open.mockRestore()
  })

  it('reads the projector’s session from its address only', () => {
    expect(projectorSessionOf('#/projector/ses0001')).toBe('ses0001')
    expect(projectorSessionOf('#/projector/ses%2F1')).toBe('ses/1')
    expect(projectorSessionOf('#/sessions/ses0001/live')).toBeNull()
    expect(projectorSessionOf('#/projector/%E0')).toBeNull()
  })
})
