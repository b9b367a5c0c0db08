import { Table, VisuallyHidden } from '@mantine/core'
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent
} from '@dnd-kit/core'
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy
} from '@dnd-kit/sortable'
import { useTranslation } from 'react-i18next'
import { formatClock, type Schedule } from '../../../../shared/planning/schedule'
import type { AgendaBlock } from '../../../../shared/planning/session'
import { BlockCells } from './BlockCells'
import { SortableRow } from './SortableRow'

interface Props {
  blocks: AgendaBlock[]
  schedule: Schedule
  methodName: (id: string | null) => string
  linkLabel: (ref: string) => string
  /** The whole new agenda after a move or a removal, as one undoable step. */
  commit: (next: AgendaBlock[]) => void
  onChange: (id: string, patch: Partial<AgendaBlock>) => void
  onDetails: (block: AgendaBlock) => void
}

/**
 * The run sheet's rows, in order: dragged with the pointer or the keyboard (dnd-kit, its moves
 * announced in words) or moved one place with the up/down buttons, which keep the focus on the
 * button that moved the block so it can be pressed again.
 */
export function AgendaTable({ blocks, schedule, methodName, linkLabel, commit, onChange, onDetails }: Props) {
  const { t } = useTranslation()
  const move = (index: number, delta: number) => {
    const target = index + delta
    if (target < 0 || target >= blocks.length) return
    const next = [...blocks]
    const [moved] = next.splice(index, 1)
    next.splice(target, 0, moved!)
    commit(next)
    requestAnimationFrame(() =>
      document.getElementById(`move-${delta < 0 ? 'up' : 'down'}-${moved!.id}`)?.focus()
    )
  }
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })
  )
  const titleOf = (id: string | number) => blocks.find((b) => b.id === id)?.title ?? ''
  const positionOf = (id: string | number | undefined) => blocks.findIndex((b) => b.id === id) + 1
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('sessions.agenda.announce.start', { title: titleOf(active.id), position: positionOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('sessions.agenda.announce.over', { title: titleOf(active.id), position: positionOf(over.id) })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('sessions.agenda.announce.end', { title: titleOf(active.id), position: positionOf(over.id) })
        : undefined,
    onDragCancel: ({ active }) => t('sessions.agenda.announce.cancel', { title: titleOf(active.id) })
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    commit(arrayMove(blocks, positionOf(active.id) - 1, positionOf(over.id) - 1))
  }
  const multiDay = blocks.some((b) => b.day > 1)

  return (
    <Table verticalSpacing="xs" data-testid="agenda">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>
            <VisuallyHidden>{t('sessions.agenda.dragColumn')}</VisuallyHidden>
          </Table.Th>
          <Table.Th>{t('sessions.agenda.time')}</Table.Th>
          <Table.Th>{t('sessions.agenda.block')}</Table.Th>
          <Table.Th>{t('sessions.agenda.minutes')}</Table.Th>
          <Table.Th>{t('sessions.agenda.break')}</Table.Th>
          <Table.Th>{t('sessions.agenda.protected')}</Table.Th>
          <Table.Th>{t('sessions.agenda.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            // Its live region and instructions are divs: inside <tbody> they are invalid HTML.
            container: document.body,
            announcements,
            screenReaderInstructions: { draggable: t('sessions.agenda.dragHelp') }
          }}
        >
          <SortableContext items={blocks.map((b) => b.id)} strategy={verticalListSortingStrategy}>
            {blocks.map((b, i) => (
              <SortableRow
                key={b.id}
                id={b.id}
                isBreak={b.kind === 'break'}
                handleLabel={t('sessions.agenda.drag', { title: b.title })}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="agenda-time">
                  {multiDay && `${t('sessions.agenda.day', { day: b.day })} · `}
                  {formatClock(schedule.blocks[i]!.start)}–{formatClock(schedule.blocks[i]!.end)}
                </Table.Td>
                <BlockCells
                  block={b}
                  index={i}
                  count={blocks.length}
                  methodName={methodName(b.methodId)}
                  linkLabel={linkLabel}
                  onChange={(patch) => onChange(b.id, patch)}
                  onMove={(delta) => move(i, delta)}
                  onDetails={() => onDetails(b)}
                  onRemove={() => commit(blocks.filter((x) => x.id !== b.id))}
                />
              </SortableRow>
            ))}
          </SortableContext>
        </DndContext>
      </Table.Tbody>
    </Table>
  )
}
