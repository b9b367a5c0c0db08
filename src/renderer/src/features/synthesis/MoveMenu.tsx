import { Menu, usePopoverContext } from '@mantine/core'
import { useLayoutEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { UNSORTED } from './NoteCard'

export interface MoveTarget {
  noteId: string
  /** The card's "Move to" button: the menu opens under it and gives the focus back to it. */
  anchor: HTMLElement
  /** How the note is called (its first words), for the menu's name. */
  excerpt: string
  /** Where it is now: a cluster id, or UNSORTED. */
  place: string
}

/**
 * The one "Move to" menu of the page, opened under whichever card asked for it. Its choices (the
 * unsorted pile and every cluster) exist only while it is open, instead of a list per card.
 */
export function MoveMenu({
  target,
  places,
  onMove,
  onClose
}: {
  target: MoveTarget | null
  places: ReadonlyArray<{ id: string; name: string }>
  onMove: (noteId: string, place: string) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Menu
      opened={target !== null}
      onChange={(opened) => !opened && onClose()}
      position="bottom-end"
      withinPortal
      withInitialFocusPlaceholder={false}
      shadow="md"
    >
      <Anchor element={target?.anchor ?? null} />
      <Menu.Dropdown
        aria-label={target ? t('synthesis.moveTo', { text: target.excerpt }) : undefined}
        mah="min(60vh, 28rem)"
        style={{ overflowY: 'auto' }}
        data-testid="move-menu"
      >
        {target && (
          <Menu.RadioGroup value={target.place} onChange={(place) => onMove(target.noteId, place)}>
            {[{ id: UNSORTED, name: t('synthesis.unsorted') }, ...places].map((p) => (
              <Menu.RadioItem
                key={p.id}
                value={p.id}
                closeMenuOnClick
                data-autofocus={p.id === target.place ? true : undefined}
              >
                {p.name}
              </Menu.RadioItem>
            ))}
          </Menu.RadioGroup>
        )}
      </Menu.Dropdown>
    </Menu>
  )
}

/** Positions the shared menu at the button that opened it (a menu usually owns its one target). */
function Anchor({ element }: { element: HTMLElement | null }) {
  const { reference } = usePopoverContext()
  useLayoutEffect(() => {
    if (element) reference(element)
  }, [element, reference])
  return null
}
