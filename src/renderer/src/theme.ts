import { Alert, createTheme, type CSSVariablesResolver } from '@mantine/core'

/** Calm, high-contrast palette: rooms are often lit by a projector, screens are often old. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 5 },
  fontFamily:
    '"Inter Variable", "Noto Sans Arabic Variable", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: {
    fontFamily:
      '"Inter Variable", "Noto Sans Arabic Variable", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    fontWeight: '650'
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  respectReducedMotion: true,
  components: {
    // Light alerts tint their text with the alert colour, below AA contrast for green and orange;
    // the icon and the tinted background carry the colour, the words stay at full contrast.
    Alert: Alert.extend({
      styles: {
        title: { color: 'var(--mantine-color-text)' },
        message: { color: 'var(--mantine-color-text)' }
      }
    })
  }
})

/** Mantine's default "dimmed" grey is below WCAG AA contrast on white; use a darker one. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' }
})
