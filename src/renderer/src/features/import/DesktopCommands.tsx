import { useEffect, useState } from 'react'
import { onDesktopCommand } from '../../api/desktop'
import { ApiError } from '../../api/client'
import { useStableCallback } from '../../hooks/useStableCallback'
import { ImportPackDialog } from '../library/ImportPackDialog'
import { ImportSessionDialog } from '../sessions/ImportSessionDialog'
import { NewSessionDialog } from '../sessions/NewSessionDialog'
import { carriesFiles, openDroppedFiles, type OpenedImport } from './dropped-file'

/**
 * Where the desktop shell's commands land (File ▸ New session, Import…, About, a double-clicked
 * or second-instance file) and files dropped on the window (desktop and browser mode alike): each
 * opens the same dialog the app's own buttons open.
 */
export function DesktopCommands({ onAbout }: { onAbout: () => void }) {
  const [opened, setOpened] = useState<OpenedImport | null>(null)
  const [creating, setCreating] = useState(false)
  const about = useStableCallback(onAbout)

  useEffect(
    () =>
      onDesktopCommand((command) => {
        if (command.type === 'about') about()
        else if (command.type === 'new-session') setCreating(true)
        else if (command.type === 'import')
          setOpened({ kind: command.kind, file: { content: command.content } })
        else setOpened({ kind: command.kind, file: { error: new ApiError(command.error) } })
      }),
    [about]
  )

  useEffect(() => {
    const allow = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      void openDroppedFiles(Array.from(event.dataTransfer?.files ?? [])).then(
        (found) => found && setOpened(found)
      )
    }
    window.addEventListener('dragover', allow)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', allow)
      window.removeEventListener('drop', drop)
    }
  }, [])

  const close = () => setOpened(null)
  return (
    <>
      <ImportSessionDialog file={opened?.kind === 'session' ? opened.file : null} onClose={close} />
      <ImportPackDialog file={opened?.kind === 'pack' ? opened.file : null} onClose={close} />
      {creating && <NewSessionDialog onClose={() => setCreating(false)} />}
    </>
  )
}
