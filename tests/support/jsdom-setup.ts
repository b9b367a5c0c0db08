// Setup for the `jsdom` vitest project: what Mantine needs from a browser, English UI strings,
// and a clean document between tests.
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { initI18n } from '../../src/renderer/src/i18n'

// Mantine reads colour-scheme and reduced-motion media queries, and measures some components.
// Mantine's autosize Textarea listens for web fonts loading; jsdom has no `document.fonts`.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true })
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false
  })
})

class NoopResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver ??= NoopResizeObserver
Element.prototype.scrollIntoView ??= function scrollIntoView() {}

initI18n('en')

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup())
