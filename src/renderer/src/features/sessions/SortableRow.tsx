import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { Table } from '@mantine/core'
import { IconGripVertical } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import classes from './Agenda.module.css'

/** One agenda row, draggable by its handle with the mouse, or with Space and the arrow keys. */
export function SortableRow({
  id,
  isBreak,
  handleLabel,
  children
}: {
  id: string
  isBreak: boolean
  handleLabel: string
  children: ReactNode
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id })
  return (
    <Table.Tr
      ref={setNodeRef}
      data-testid="agenda-row"
      data-dragging={isDragging || undefined}
      className={classes.row}
      bg={isBreak ? 'gray.0' : undefined}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <Table.Td w={36}>
        <button
          type="button"
          ref={setActivatorNodeRef}
          className={classes.handle}
          aria-label={handleLabel}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={16} aria-hidden />
        </button>
      </Table.Td>
      {children}
    </Table.Tr>
  )
}
