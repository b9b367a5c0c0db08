import { screen, waitFor } from '@testing-library/react'
import { useRef, type ComponentType, type MemoExoticComponent } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useSession } from '../../../src/renderer/src/api/sessions'
import { CapturePanel } from '../../../src/renderer/src/features/capture/CapturePanel'
import type * as CapturedNoteModule from '../../../src/renderer/src/features/capture/CapturedNote'
import { useCaptureSettings } from '../../../src/renderer/src/features/capture/useCaptureSettings'
import type { Session } from '../../../src/shared/planning/session'
import { freshBackend, makeNote, makeSession, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) =>
  (await import('../../support/fake-backend')).fakeClient(await importOriginal())
)

/** Which notes' CapturedNote rendered, in order (its function body ran, not a memo bail-out). */
const renders = vi.hoisted(() => [] as string[])

// The real CapturedNote, memo and all; only its inner function is wrapped to count its runs.
vi.mock('../../../src/renderer/src/features/capture/CapturedNote', async (importOriginal) => {
  const real = await importOriginal<typeof CapturedNoteModule>()
  const memoised = real.CapturedNote as MemoExoticComponent<ComponentType<{ note: { id: string } }>> & {
    type: (props: { note: { id: string } }) => unknown
  }
  if (typeof memoised.type !== 'function') throw new Error('CapturedNote is expected to be React.memo(fn)')
  const inner = memoised.type
  return {
    ...real,
    CapturedNote: {
      ...memoised,
      type: (props: { note: { id: string } }) => {
        renders.push(props.note.id)
        return inner(props)
      }
    }
  }
})

function Capture({ id }: { id: string }) {
  const session = useSession(id)
  return session.data ? <Panel session={session.data} /> : <p>Loading</p>
}
function Panel({ session }: { session: Session }) {
  const settings = useCaptureSettings(session, null)
  const inputRef = useRef<HTMLInputElement>(null)
  return <CapturePanel session={session} blockId={null} settings={settings} inputRef={inputRef} />
}

const NOTES = ['Doors at the library', 'A wall at the town hall', 'Forms only in French', 'Kids translate']

let backend: Backend
beforeEach(() => {
  backend = freshBackend()
  renders.length = 0
})

async function open() {
  backend.store(makeSession({ id: 'sessRenders1', captures: NOTES.map((text, i) => makeNote(i + 1, text)) }))
  const view = renderApp(<Capture id="sessRenders1" />)
  await screen.findByText(NOTES[0]!)
  // The Library (for links' labels) arrives after the notes and renders them once more.
  await waitFor(() => expect(view.queryClient.isFetching()).toBe(0))
  return view
}
const captureField = () => screen.getByTestId<HTMLInputElement>('capture-input')

describe('live capture: what a keystroke and a capture render', () => {
  it('typing in the capture field renders no note', async () => {
    const { user } = await open()
    expect(new Set(renders)).toEqual(new Set(['note000001', 'note000002', 'note000003', 'note000004']))
    renders.length = 0
    captureField().focus()

    await user.type(captureField(), 'a')
    expect(renders).toEqual([])
    await user.type(captureField(), ' few more words')
    expect(captureField().value).toBe('a few more words')
    expect(renders).toEqual([])
  })

  it('a capture renders the new note once and none of the others', async () => {
    const { user } = await open()
    await user.type(captureField(), 'Interpreters at the clinic')
    renders.length = 0

    await user.keyboard('{Enter}')
    await screen.findByText('Interpreters at the clinic')
    expect(screen.getByTestId('capture-count').textContent).toBe('5 notes')
    const added = backend.stored('sessRenders1')!.captures.at(-1)!.id
    expect(renders).toEqual([added])
    // Newest first: the new note heads the list, and every item knows the list's new size.
    const items = screen.getAllByTestId('captured-note')
    expect(items[0]!.textContent).toContain('Interpreters at the clinic')
    expect(items.map((li) => [li.getAttribute('aria-posinset'), li.getAttribute('aria-setsize')])).toEqual(
      ['1', '2', '3', '4', '5'].map((n) => [n, '5'])
    )
  })

  it('deleting the newest note renders no other note', async () => {
    const { user } = await open()
    renders.length = 0
    const release = backend.hold('captures:delete')
    const [newest] = screen.getAllByRole('button', { name: 'Delete this note' })
    await user.click(newest!)
    // The note being deleted renders again: its button shows the delete in flight.
    await waitFor(() => expect(renders).toEqual(['note000004']))
    release()
    await screen.findByText('Note deleted.')
    expect(new Set(renders)).toEqual(new Set(['note000004']))
    expect(screen.getAllByTestId('captured-note').map((li) => li.getAttribute('aria-setsize'))).toEqual([
      '3',
      '3',
      '3'
    ])
  })
})
