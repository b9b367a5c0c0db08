import { useRef } from 'react'
import { useSession } from '../../src/renderer/src/api/sessions'
import { CapturePanel } from '../../src/renderer/src/features/capture/CapturePanel'
import { useCaptureSettings } from '../../src/renderer/src/features/capture/useCaptureSettings'
import type { Session } from '../../src/shared/planning/session'

/** As LiveMode does: the panel gets the cached session, so each change lands in it. */
export function Capture({ id }: { id: string }) {
  const session = useSession(id)
  return session.data ? <Panel session={session.data} /> : <p>Loading</p>
}

function Panel({ session }: { session: Session }) {
  const settings = useCaptureSettings(session, null)
  const inputRef = useRef<HTMLInputElement>(null)
  return <CapturePanel session={session} blockId={null} settings={settings} inputRef={inputRef} />
}
