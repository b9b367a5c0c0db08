import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'util',
  'stream',
  'events'
]

/** Folder boundaries from DESIGN.md §1, enforced rather than hoped for. */
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }]
})

/** Electron has no window.prompt, and confirm/alert are native, blocking and untranslated. */
const NATIVE_DIALOGS = ['prompt', 'confirm', 'alert']
const nativeDialogMessage =
  'Use the app dialogs (components/ConfirmDialog, components/PromptDialog, components/AppModal) instead.'
const forbidNativeDialogs = {
  'no-restricted-properties': [
    'error',
    ...['window', 'globalThis', 'self'].flatMap((object) =>
      NATIVE_DIALOGS.map((property) => ({ object, property, message: nativeDialogMessage }))
    )
  ],
  'no-restricted-globals': [
    'error',
    ...NATIVE_DIALOGS.map((name) => ({ name, message: nativeDialogMessage }))
  ]
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'reports/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.out/**',
      'dist/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off'
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: forbid(
      ['electron', 'lowdb', 'lowdb/*', 'pdfmake', 'pdfmake/*', 'react', 'react-dom', ...NODE_BUILTINS],
      'src/shared is pure: no electron, Node, DOM, lowdb or pdfmake.'
    )
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbidNativeDialogs,
      // Schemas stay in main: the renderer may import their types, never their values, because
      // building zod schemas cost ~100 ms of start-up (measured by npm run bench).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'zod',
                '**/shared/content/schema',
                '**/shared/content/library',
                '**/shared/domain/settings',
                '**/shared/domain/export',
                '**/shared/domain/notebook-ops',
                '**/shared/planning/synthesis',
                '**/shared/insights/board',
                '**/shared/insights/query-schema',
                '**/shared/insights/tags-schema',
                '**/shared/protection/schemas',
                '**/shared/ipc/contract',
                '**/shared/projector/schemas'
              ],
              allowTypeImports: true,
              message: 'Import types only: values from zod schema modules would load zod into the renderer.'
            }
          ]
        }
      ],
      ...forbid(
        [
          'electron',
          'lowdb',
          'lowdb/*',
          'pdfmake/js/Printer',
          ...NODE_BUILTINS,
          '**/main/**',
          '**/preload/**'
        ],
        'The renderer talks out only through src/renderer/src/api: no electron, Node or main-process code.'
      )
    }
  },
  {
    // The phones' page: a bundle of its own that may use only the room's shared vocabulary.
    files: ['src/room-page/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...forbidNativeDialogs,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|\\.\\./shared/room/(constants|participant)$).*',
              message: 'The participant page imports only its own modules and the room constants and types.'
            }
          ]
        }
      ]
    }
  },
  {
    // The projector page shows only what main's narrow view holds: it may not reach for a session,
    // the library or any other screen's data (the facilitator's controls live beside it, in
    // ProjectorControls, and use only the projector's own hooks too).
    files: ['src/renderer/src/features/projector/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'lowdb', 'lowdb/*', ...NODE_BUILTINS, '**/main/**', '**/preload/**'],
              message: 'The renderer talks out only through src/renderer/src/api.'
            },
            {
              group: ['**/api/*', '!**/api/projector', '!**/api/client'],
              message: 'The projector reads only projector:state (api/projector), never a session.'
            },
            {
              regex: '^\\.\\./(?!\\.\\./)',
              message: 'The projector imports no other feature.'
            },
            {
              group: ['**/api/client'],
              importNames: ['call', 'invoke', 'connect'],
              message: 'The projector reads only projector:state (api/projector), never a session.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./shared/ipc/(channels|api)$|\\.\\./shared/desktop/commands$).*',
              message: 'The preload imports only electron, the channel list and the desktop command channels.'
            }
          ]
        }
      ]
    }
  },
  {
    files: [
      'src/main/server/**/*.ts',
      'src/main/room/**/*.ts',
      'src/main/storage/**/*.ts',
      'src/main/services/**/*.ts',
      'src/main/dispatch.ts',
      'src/main/backend.ts'
    ],
    rules: forbid(['electron'], 'Services, storage and the browser-mode server run without Electron.')
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/storage/**'],
    rules: forbid(['lowdb', 'lowdb/*'], 'Only src/main/storage touches lowdb.')
  },
  {
    // Playwright callbacks in these files run inside the page.
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  },
  {
    files: ['tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: { 'no-empty-pattern': 'off' }
  }
)
