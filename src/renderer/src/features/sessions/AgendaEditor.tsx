import { ActionIcon, Button, Group, Paper, Text } from '@mantine/core'
import { IconArrowBackUp, IconArrowForwardUp, IconBook, IconPlus } from '@tabler/icons-react'
import { nanoid } from 'nanoid'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../shared/limits'
import { computeSchedule } from '../../../../shared/planning/schedule'
import type { Method } from '../../../../shared/planning/catalog-schema'
import type { AgendaBlock, Session } from '../../../../shared/planning/session'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useLanguage } from '../../hooks/useLanguage'
import { AgendaTable } from './AgendaTable'
import { OverrunAlert } from './OverrunAlert'
import { useUndoable } from './useUndoable'
import { useLibraryData } from '../library/useLibrary'
import { BlockDetails } from './BlockDetails'
import { MethodDrawer } from './MethodDrawer'
import { sessionDoc, useCatalog, useSessionChange } from '../../api/sessions'
import { useDraft } from '../../api/use-draft'
import { ConflictNotice } from '../../components/ConflictNotice'
import { localizedText } from '../../../../shared/content/localized'
import direction from '../../components/direction.module.css'
import { intlLocale } from '../../../../shared/i18n/languages'

const MAX_BLOCKS = LIMITS.session.blocks

/**
 * The run sheet: times recomputed on every change, an overrun warning against the planned end,
 * reordering (AgendaTable), and undo/redo (buttons, Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y).
 * Every change is saved at once; main validates it whole.
 */
export function AgendaEditor({ session }: { session: Session }) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const catalog = useCatalog()
  const save = useSessionChange(session.id, 'sessions:set-agenda')
  // The blocks on screen: a draft of the stored agenda, reseeded when the session changes elsewhere.
  const draft = useDraft(sessionDoc(session.id).name, session.revision, () => session.blocks)
  const history = useUndoable<AgendaBlock[]>(
    draft.value,
    (next) => {
      draft.set(next)
      save.mutateFrom(draft.base, { blocks: next })
    },
    draft.generation
  )
  const { value: blocks, commit, undo, redo } = history
  const [browsing, setBrowsing] = useState(false)
  const [details, setDetails] = useState<AgendaBlock | null>(null)
  const library = useLibraryData(false)
  const linkLabel = (ref: string) => {
    const entry = library.byRef.get(ref)
    return entry ? (entry.type === 'pack' ? localizedText(entry.item.title, lang) : entry.own.title) : ref
  }
  const schedule = computeSchedule(blocks, session.startTime, session.plannedEnd)

  const change = (id: string, patch: Partial<AgendaBlock>) =>
    commit(blocks.map((b) => (b.id === id ? { ...b, ...patch } : b)))
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
      title: localizedText(method.title, lang),
      methodId: method.id,
      durationMinutes: method.durationMinutes.min,
      materials: localizedText(method.materials, lang).slice(0, LIMITS.block.materials),
      links: method.related.slice(0, LIMITS.block.links)
    })
  }
  const methodName = (id: string | null) =>
    id ? (localizedText(catalog.data?.methods.find((m) => m.id === id)?.title, lang) ?? id) : ''

  return (
    <Paper withBorder radius="lg" p="md">
      <Group justify="space-between" mb="sm">
        <Text fw={600} data-testid="agenda-total">
          {t('sessions.agenda.total', { duration: formatDuration(schedule.totalMinutes, lang) })}
          {session.plannedEnd && ` · ${t('sessions.agenda.plannedEnd', { time: session.plannedEnd })}`}
        </Text>
        <Group gap="xs">
          <ActionIcon
            variant="default"
            aria-label={t('sessions.agenda.undo')}
            disabled={!history.canUndo}
            onClick={undo}
          >
            <IconArrowBackUp size={16} className={direction.mirrored} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label={t('sessions.agenda.redo')}
            disabled={!history.canRedo}
            onClick={redo}
          >
            <IconArrowForwardUp size={16} className={direction.mirrored} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
      <OverrunAlert
        overrunMinutes={schedule.overrunMinutes}
        blocks={blocks}
        onApply={(cuts) =>
          commit(
            blocks.map((b) => ({
              ...b,
              durationMinutes: cuts.find((c) => c.id === b.id)?.to ?? b.durationMinutes
            }))
          )
        }
      />
      {save.error && !draft.conflict && <ErrorAlert error={save.error} />}
      {draft.conflict && (
        <ConflictNotice
          onReapply={() => {
            const mine = draft.conflict!
            draft.discard()
            commit(mine)
          }}
          onDiscard={() => {
            draft.discard()
            save.reset()
          }}
        />
      )}
      <AgendaTable
        blocks={blocks}
        schedule={schedule}
        methodName={methodName}
        linkLabel={linkLabel}
        commit={commit}
        onChange={change}
        onDetails={setDetails}
      />
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

/**
 * "1 h 05" and "45 min" read the same in English, Spanish and French; Arabic has no such shared
 * abbreviation, so it gets Intl's words ("45 دقيقة").
 */
function formatDuration(minutes: number, lang: string): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (lang === 'ar') {
    const unit = (value: number, u: 'hour' | 'minute') =>
      new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: u, unitDisplay: 'long' }).format(value)
    return h > 0 ? (m > 0 ? `${unit(h, 'hour')} و${unit(m, 'minute')}` : unit(h, 'hour')) : unit(m, 'minute')
  }
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')}` : `${m} min`
}
