import { describe, expect, it, vi } from 'vitest'
import { createDispatcher, type Handlers } from '../../../src/main/dispatch'
import { AppError } from '../../../src/shared/errors'

const notFound = (): never => {
  throw new AppError('session/not-found', 'x')
}

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app:info': () => ({ name: 'Passerelle', version: '0.0.0', mode: 'browser', dataDir: '/tmp/x' }),
    'notebook:status': () => ({
      readOnly: false,
      recovered: [],
      protected: false,
      locked: false,
      idleLockMinutes: 15,
      unlockDelayMs: 0
    }),
    'notebook:protect': () => {
      throw new AppError('crypto/already-protected', 'x')
    },
    'notebook:unlock': () => {
      throw new AppError('crypto/wrong-passphrase', 'x')
    },
    'notebook:lock': () => {
      throw new AppError('crypto/not-protected', 'x')
    },
    'notebook:change-passphrase': () => null,
    'notebook:recovery-pdf': notFound,
    'notebook:set-idle-lock': () => {
      throw new AppError('crypto/not-protected', 'x')
    },
    'settings:get': () => ({ language: 'en', welcomeDismissed: false, revision: 0, systemLanguage: null }),
    'settings:set': (patch) => ({
      language: patch.language ?? 'en',
      welcomeDismissed: false,
      revision: 1,
      systemLanguage: null
    }),
    'content:packs': () => [],
    'content:preview': () => {
      throw new AppError('import/invalid', 'x')
    },
    'content:import': () => {
      throw new AppError('import/invalid', 'x')
    },
    'library:get': () => ({ annotations: [], ownItems: [], revision: 0 }),
    'annotations:save': () => ({ value: null, revision: 1 }),
    'own-items:save': () => {
      throw new AppError('library/not-found', 'x')
    },
    'own-items:delete': () => ({ value: null, revision: 1 }),
    'app:open-external': () => null,
    'catalog:get': () => ({
      format: 'passerelle.planning-catalog',
      formatVersion: 1,
      methods: [],
      personas: [],
      templates: []
    }),
    'sessions:list': () => [],
    'sessions:get': notFound,
    'sessions:create': notFound,
    'sessions:update': notFound,
    'sessions:set-agenda': notFound,
    'sessions:set-personas': notFound,
    'sessions:duplicate': notFound,
    'sessions:delete': () => null,
    'sessions:restore': notFound,
    'templates:list': () => [],
    'templates:save': notFound,
    'templates:delete': () => ({ value: null, revision: 1 }),
    'captures:add': notFound,
    'captures:update': notFound,
    'captures:delete': notFound,
    'captures:restore': notFound,
    'live:mark': notFound,
    'journeys:add': notFound,
    'journeys:update': notFound,
    'journeys:delete': () => ({ value: null, revision: 1 }),
    'synthesis:add-cluster': notFound,
    'synthesis:update-cluster': notFound,
    'synthesis:delete-cluster': notFound,
    'synthesis:place-note': notFound,
    'synthesis:vote-note': notFound,
    'actions:add': notFound,
    'actions:update': notFound,
    'actions:delete': notFound,
    'export:preview': notFound,
    'export:file': notFound,
    'export:progress': () => null,
    'export:cancel': () => false,
    'sessions:import-preview': notFound,
    'sessions:import': notFound,
    'sessions:erase': notFound,
    'backups:list': () => [],
    'backups:restore': notFound,
    'erase:pseudonym': notFound,
    'sessions:import-labelled': notFound,
    'insights:search': notFound,
    'insights:status': notFound,
    'insights:tags': notFound,
    'tags:preview-rename': notFound,
    'tags:rename': notFound,
    'tags:undo-rename': notFound,
    'views:list': notFound,
    'views:save': notFound,
    'views:delete': notFound,
    'boards:list': notFound,
    'boards:get': notFound,
    'boards:create': notFound,
    'boards:delete': notFound,
    'boards:add-theme': notFound,
    'boards:rename-theme': notFound,
    'boards:delete-theme': notFound,
    'boards:place': notFound,
    'boards:export-preview': notFound,
    'boards:export': notFound,
    'projector:state': notFound,
    'projector:set': notFound,
    'projector:open': notFound,
    'room:interfaces': notFound,
    'room:open': notFound,
    'room:close': notFound,
    'room:status': notFound,
    'room:queue': notFound,
    'room:accept': notFound,
    'room:discard': notFound,
    'room:publish': notFound,
    ...overrides
  }
}

describe('dispatcher', () => {
  it('validates input, calls the service and wraps the value', async () => {
    const dispatch = createDispatcher(handlers())
    expect(await dispatch('settings:set', { language: 'fr' })).toEqual({
      ok: true,
      value: { language: 'fr', welcomeDismissed: false, revision: 1, systemLanguage: null }
    })
  })

  it('refuses invalid input with a stable code and the failing field, without calling the service', async () => {
    const set = vi.fn()
    const dispatch = createDispatcher(handlers({ 'settings:set': set }))
    for (const input of [
      { language: 'de' },
      { language: 'fr', extra: 1 },
      'fr',
      null,
      { __proto__: { language: 'fr' }, language: 1 }
    ]) {
      const result = await dispatch('settings:set', input)
      expect(result).toMatchObject({ ok: false, error: { code: 'validation/invalid-input' } })
    }
    const result = await dispatch('settings:set', { language: 'de' })
    expect(!result.ok && result.error.issues?.[0]?.path).toBe('language')
    expect(set).not.toHaveBeenCalled()
  })

  it('refuses input on channels that take none', async () => {
    const result = await createDispatcher(handlers())('settings:get', { sneaky: true })
    expect(result).toMatchObject({ ok: false, error: { code: 'validation/invalid-input' } })
  })

  it('refuses unknown channels, including prototype names', async () => {
    const dispatch = createDispatcher(handlers())
    for (const channel of ['sessions:explode', 'constructor', '__proto__', 'toString', '']) {
      expect(await dispatch(channel, undefined)).toMatchObject({
        ok: false,
        error: { code: 'ipc/unknown-channel' }
      })
    }
  })

  it('passes an AppError through by its code and hides unexpected errors behind internal/unexpected', async () => {
    const logged: unknown[] = []
    const dispatch = createDispatcher(
      handlers({
        'settings:get': () => {
          throw new AppError('storage/read-only', 'read-only')
        },
        'app:info': () => {
          throw new TypeError('secret path /home/x')
        }
      }),
      (e) => logged.push(e)
    )
    expect(await dispatch('settings:get', undefined)).toEqual({
      ok: false,
      error: { code: 'storage/read-only', message: 'read-only' }
    })
    const unexpected = await dispatch('app:info', undefined)
    expect(unexpected).toMatchObject({ ok: false, error: { code: 'internal/unexpected' } })
    expect(JSON.stringify(unexpected)).not.toContain('secret')
    expect(logged).toHaveLength(1)
  })
})
