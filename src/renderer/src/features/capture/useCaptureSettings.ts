import { useCallback, useState } from 'react'
import { defaultNoteConsent, type ConsentFlag } from '../../../../shared/planning/capture'
import type { Session } from '../../../../shared/planning/session'

/**
 * What applies to the next notes until changed: speaker, consent and links to the note's items.
 * Held by live mode so the fields can sit beside the clock while the capture field and the list
 * share the other column.
 */
export function useCaptureSettings(session: Session, blockId: string | null) {
  const fallback = defaultNoteConsent(session.consent)
  const [speaker, setSpeaker] = useState('')
  const [consent, setConsent] = useState<ConsentFlag>(fallback)
  const [links, setLinks] = useState<string[]>([])
  // Links stay chosen while the block runs (its notes are usually about the same items), then clear.
  const [linksBlock, setLinksBlock] = useState(blockId)
  if (linksBlock !== blockId) {
    setLinksBlock(blockId)
    setLinks([])
  }
  const toggleInternal = useCallback(
    () => setConsent((c) => (c === 'internal' ? fallback : 'internal')),
    [fallback]
  )
  return {
    speaker,
    setSpeaker,
    consent,
    setConsent,
    /** One keystroke between the session's default and Internal. */
    toggleInternal,
    links,
    setLinks,
    fallback
  }
}

export type CaptureSettings = ReturnType<typeof useCaptureSettings>
