import {
  ActionIcon,
  Anchor,
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Table,
  Text,
  TextInput
} from '@mantine/core'
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconArrowDown,
  IconArrowUp,
  IconBook,
  IconNotes,
  IconPlus,
  IconTrash
} from '@tabler/icons-react'
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
import { nanoid } from 'nanoid'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isLanguage } from '../../../../shared/i18n/languages'
import { computeSchedule, formatClock, suggestCuts } from '../../../../shared/planning/schedule'
import type { Method } from '../../../../shared/planning/catalog-schema'
import type { AgendaBlock, Session } from '../../../../shared/planning/session'
import { ErrorAlert } from '../../components/ErrorAlert'
import classes from './Agenda.module.css'
import { SortableRow } from './SortableRow'
import { Link } from 'wouter'
import { useLibraryData } from '../library/useLibrary'
import { BlockDetails } from './BlockDetails'
import { MethodDrawer } from './MethodDrawer'
import { useCatalog, useSetAgenda } from './useSessions'

const MAX_BLOCKS = 300

/**
 * The run sheet: times recomputed on every change, an overrun warning against the planned end,
 * keyboard reordering (move up/down buttons), and undo/redo (buttons, Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y).
 * Every change is saved at once; main validates it whole.
 */
export function AgendaEditor({ session }: { session: Session }) {
  const { t, i18n } = useTranslation()
  const lang = isLanguage(i18n.language) ? i18n.language : 'en'
  const catalog = useCatalog()
  const save = useSetAgenda()
  const [blocks, setBlocks] = useState<AgendaBlock[]>(session.blocks)
  const [past, setPast] = useState<AgendaBlock[][]>([])
  const [future, setFuture] = useState<AgendaBlock[][]>([])
  const [browsing, setBrowsing] = useState(false)
  const [details, setDetails] = useState<AgendaBlock | null>(null)
  const library = useLibraryData(false)
  const linkLabel = (ref: string) => {
    const entry = library.byRef.get(ref)
    return entry ? (entry.type === 'pack' ? entry.item.title[lang] : entry.own.title) : ref
  }
  const schedule = computeSchedule(blocks, session.startTime, session.plannedEnd)
  const cuts = suggestCuts(blocks, schedule.overrunMinutes)

  const commit = (next: AgendaBlock[]) => {
    setPast((p) => [...p.slice(-99), blocks])
    setFuture([])
    setBlocks(next)
    save.mutate({ id: session.id, blocks: next })
  }
  const undo = () => {
    const previous = past.at(-1)
    if (!previous) return
    setPast((p) => p.slice(0, -1))
    setFuture((f) => [blocks, ...f])
    setBlocks(previous)
    save.mutate({ id: session.id, blocks: previous })
  }
  const redo = () => {
    const next = future[0]
    if (!next) return
    setFuture((f) => f.slice(1))
    setPast((p) => [...p, blocks])
    setBlocks(next)
    save.mutate({ id: session.id, blocks: next })
  }
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement | null)?.closest('input, textarea')) return
      if (e.key.toLowerCase() === 'z' && !e.shiftKey) {
        e.preventDefault()
        undo()
      } else if (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey)) {
        e.preventDefault()
        redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  const change = (id: string, patch: Partial<AgendaBlock>) =>
    commit(blocks.map((b) => (b.id === id ? { ...b, ...patch } : b)))
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
  const add = (block: Partial<AgendaBlock>) => {
    if (blocks.length >= MAX_BLOCKS) return
    commit([
      ...blocks,
      {
        id: nanoid(10),
        title: t('sessions.agenda.newBlock'),
        kind: 'activity',
        methodId: null,
        durationMinutes: 15,
        notes: '',
        materials: '',
        links: [],
        protected: false,
        day: 1,
        ...block
      }
    ])
  }
  /** A method pre-fills the block: its name, shortest typical duration, materials and note links. */
  const addMethod = (method: Method) => {
    add({
      title: method.title[lang],
      methodId: method.id,
      durationMinutes: method.durationMinutes.min,
      materials: method.materials[lang].slice(0, 2000),
      links: method.related.slice(0, 20)
    })
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
  const cells = (b: AgendaBlock, i: number) => (
    <>
      <Table.Td>
        <TextInput
          key={`${b.id}-${b.title}`}
          aria-label={t('sessions.agenda.blockTitle', { n: i + 1 })}
          defaultValue={b.title}
          maxLength={200}
          onBlur={(e) =>
            e.currentTarget.value.trim() &&
            e.currentTarget.value !== b.title &&
            change(b.id, { title: e.currentTarget.value.trim() })
          }
        />
        {b.links.length > 0 && (
          <Group gap={6} mt={4}>
            {b.links.map((ref) => (
              <Anchor key={ref} component={Link} href={`/library/${ref}`} size="xs">
                {linkLabel(ref)}
              </Anchor>
            ))}
          </Group>
        )}
        {b.methodId && (
          <Text size="xs" c="dimmed" mt={2}>
            {methodName(b.methodId)}
          </Text>
        )}
      </Table.Td>
      <Table.Td w={110}>
        <DurationInput
          key={`${b.id}-${b.durationMinutes}`}
          label={t('sessions.agenda.duration', { n: i + 1 })}
          minutes={b.durationMinutes}
          onCommit={(v) => change(b.id, { durationMinutes: v })}
        />
      </Table.Td>
      <Table.Td>
        <Checkbox
          aria-label={t('sessions.agenda.breakFor', { n: i + 1 })}
          checked={b.kind === 'break'}
          onChange={(e) => change(b.id, { kind: e.currentTarget.checked ? 'break' : 'activity' })}
        />
      </Table.Td>
      <Table.Td>
        <Checkbox
          aria-label={t('sessions.agenda.protectedFor', { n: i + 1 })}
          checked={b.protected}
          onChange={(e) => change(b.id, { protected: e.currentTarget.checked })}
        />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            id={`move-up-${b.id}`}
            variant="subtle"
            aria-label={t('sessions.agenda.moveUp', { title: b.title })}
            disabled={i === 0}
            onClick={() => move(i, -1)}
          >
            <IconArrowUp size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            id={`move-down-${b.id}`}
            variant="subtle"
            aria-label={t('sessions.agenda.moveDown', { title: b.title })}
            disabled={i === blocks.length - 1}
            onClick={() => move(i, 1)}
          >
            <IconArrowDown size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('sessions.agenda.details', { title: b.title })}
            onClick={() => setDetails(b)}
          >
            <IconNotes size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red.9"
            aria-label={t('sessions.agenda.remove', { title: b.title })}
            onClick={() => commit(blocks.filter((x) => x.id !== b.id))}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Table.Td>
    </>
  )
  const methodName = (id: string | null) =>
    id ? (catalog.data?.methods.find((m) => m.id === id)?.title[lang] ?? id) : ''
  const multiDay = blocks.some((b) => b.day > 1)

  return (
    <Paper withBorder radius="lg" p="md">
      <Group justify="space-between" mb="sm">
        <Text fw={600} data-testid="agenda-total">
          {t('sessions.agenda.total', { duration: formatDuration(schedule.totalMinutes) })}
          {session.plannedEnd && ` · ${t('sessions.agenda.plannedEnd', { time: session.plannedEnd })}`}
        </Text>
        <Group gap="xs">
          <ActionIcon
            variant="default"
            aria-label={t('sessions.agenda.undo')}
            disabled={past.length === 0}
            onClick={undo}
          >
            <IconArrowBackUp size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label={t('sessions.agenda.redo')}
            disabled={future.length === 0}
            onClick={redo}
          >
            <IconArrowForwardUp size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
      {schedule.overrunMinutes > 0 && (
        <Alert color="orange" variant="light" role="alert" mb="sm" data-testid="overrun">
          {t('sessions.agenda.overrun', { minutes: schedule.overrunMinutes })}
          {cuts.cuts.length > 0 && (
            <Group justify="space-between" mt="xs" gap="xs">
              <Text size="sm">
                {t('sessions.agenda.suggest', {
                  list: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
                    cuts.cuts.map((c) =>
                      t('sessions.agenda.cut', {
                        title: blocks.find((b) => b.id === c.id)?.title ?? '',
                        from: c.from,
                        to: c.to
                      })
                    )
                  )
                })}
              </Text>
              <Button
                size="xs"
                variant="white"
                onClick={() =>
                  commit(
                    blocks.map((b) => ({
                      ...b,
                      durationMinutes: cuts.cuts.find((c) => c.id === b.id)?.to ?? b.durationMinutes
                    }))
                  )
                }
              >
                {t('sessions.agenda.applyCuts')}
              </Button>
            </Group>
          )}
        </Alert>
      )}
      {save.error && <ErrorAlert error={save.error} />}
      <Table verticalSpacing="xs" data-testid="agenda">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <span className={classes.visuallyHidden}>{t('sessions.agenda.dragColumn')}</span>
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
                  {cells(b, i)}
                </SortableRow>
              ))}
            </SortableContext>
          </DndContext>
        </Table.Tbody>
      </Table>
      <Group mt="md" align="end">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => add({})}
          disabled={blocks.length >= MAX_BLOCKS}
        >
          {t('sessions.agenda.add')}
        </Button>
        <Button
          variant="light"
          onClick={() =>
            add({
              title: t('sessions.agenda.breakTitle'),
              kind: 'break',
              durationMinutes: 15,
              protected: true
            })
          }
          disabled={blocks.length >= MAX_BLOCKS}
        >
          {t('sessions.agenda.addBreak')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconBook size={16} aria-hidden />}
          onClick={() => setBrowsing(true)}
          disabled={blocks.length >= MAX_BLOCKS}
        >
          {t('sessions.methods.open')}
        </Button>
      </Group>
      <MethodDrawer
        opened={browsing}
        onClose={() => setBrowsing(false)}
        onAdd={(method) => {
          addMethod(method)
          setBrowsing(false)
        }}
      />
      {details && (
        <BlockDetails
          block={details}
          onClose={() => setDetails(null)}
          onSave={(patch) => {
            change(details.id, patch)
            setDetails(null)
          }}
        />
      )}
    </Paper>
  )
}

function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')}` : `${m} min`
}

/** Minutes 1–480: typed freely, clamped when the field is left, saved only if it changed. */
function DurationInput({
  label,
  minutes,
  onCommit
}: {
  label: string
  minutes: number
  onCommit: (value: number) => void
}) {
  const [value, setValue] = useState<string | number>(minutes)
  return (
    <NumberInput
      aria-label={label}
      value={value}
      min={1}
      max={480}
      clampBehavior="none"
      allowDecimal={false}
      allowNegative={false}
      onChange={setValue}
      onBlur={() => {
        const parsed = typeof value === 'number' ? value : Number.parseInt(value, 10)
        const clamped = Number.isFinite(parsed) ? Math.min(480, Math.max(1, Math.round(parsed))) : minutes
        setValue(clamped)
        if (clamped !== minutes) onCommit(clamped)
      }}
    />
  )
}
