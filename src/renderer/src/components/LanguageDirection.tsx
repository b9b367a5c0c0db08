import { DirectionProvider, useDirection } from '@mantine/core'
import { useEffect, type ReactNode } from 'react'
import { directionOf } from '../../../shared/i18n/languages'
import { useLanguage } from '../hooks/useLanguage'

/** Keeps Mantine's direction (portals, popovers, sliders, drawers) equal to the language's. */
function Follow() {
  const language = useLanguage()
  const { dir, setDirection } = useDirection()
  const wanted = directionOf(language)
  useEffect(() => {
    if (dir !== wanted) setDirection(wanted)
  }, [dir, wanted, setDirection])
  return null
}

/**
 * Direction is set once, at the root, from the language: `<html dir>` (see i18n.ts) for CSS
 * logical properties and the browser, and Mantine's DirectionProvider for its components.
 */
export function LanguageDirection({ children }: { children: ReactNode }) {
  const language = useLanguage()
  return (
    <DirectionProvider initialDirection={directionOf(language)} detectDirection={false}>
      <Follow />
      {children}
    </DirectionProvider>
  )
}
