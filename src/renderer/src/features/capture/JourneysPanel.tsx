import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  ThemeIcon
} from '@mantine/core'
import { IconDoor, IconTrash, IconWall } from '@tabler/icons-react'
import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PLACES, type JourneyStep, type Place } from '../../../../shared/planning/capture'
import type { Session } from '../../../../shared/planning/session'
import { LIMITS } from '../../../../shared/limits'
import { useSessionChange } from '../../api/sessions'
import { ErrorAlert } from '../../components/ErrorAlert'
import { VirtualList } from '../../components/VirtualList'
import { useStableCallback } from '../../hooks/useStableCallback'

/** Each persona's journey across institutions, services and public spaces: doors where access worked, walls where it failed. */
export function JourneysPanel({ session }: { session: Session }) {
  const { t } = useTranslation()
  const add = useSessionChange(session.id, 'journeys:add')
  const update = useSessionChange(session.id, 'journeys:update')
  const remove = useSessionChange(session.id, 'journeys:delete')
  const [personaId, setPersonaId] = useState(session.personas[0]?.id ?? '')
  const [place, setPlace] = useState<Place>('institution')
  const [label, setLabel] = useState('')
  const [note, setNote] = useState('')
  const onToggle = useStableCallback((step: JourneyStep) =>
    update.mutate({ stepId: step.id, patch: { outcome: step.outcome === 'door' ? 'wall' : 'door' } })
  )
  const onRemove = useStableCallback((stepId: string) => remove.mutate({ stepId }))
  if (session.personas.length === 0) return <Text c="dimmed">{t('capture.journeys.noPersonas')}</Text>
  const persona = session.personas.find((p) => p.id === personaId) ?? session.personas[0]!
  const steps = session.journeys.filter((s) => s.personaId === persona.id)
  const updating = new Set(update.pending.map((v) => v.stepId))
  const removing = new Set(remove.pending.map((v) => v.stepId))
  const save = (outcome: 'door' | 'wall') => {
    if (!label.trim()) return
    add.mutate(
      { personaId: persona.id, place, label: label.trim(), outcome, note },
      { onSuccess: () => (setLabel(''), setNote('')) }
    )
  }
  return (
    <Stack>
      <Paper withBorder radius="lg" p="md">
        <Stack gap="xs">
          <NativeSelect
            label={t('capture.journeys.persona')}
            value={persona.id}
            onChange={(e) => setPersonaId(e.currentTarget.value)}
            data={session.personas.map((p) => ({
              value: p.id,
              label: p.group ? `${p.name} (${p.group})` : p.name
            }))}
          />
          <SegmentedControl
            aria-label={t('capture.journeys.place')}
            value={place}
            onChange={(v) => setPlace(v as Place)}
            data={PLACES.map((p) => ({ value: p, label: t(`capture.journeys.places.${p}`) }))}
          />
          <TextInput
            label={t('capture.journeys.where')}
            placeholder={t('capture.journeys.wherePlaceholder')}
            maxLength={LIMITS.journey.label}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
          <TextInput
            label={t('capture.journeys.note')}
            maxLength={LIMITS.journey.note}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group>
            <Button
              color="teal.9"
              leftSection={<IconDoor size={16} aria-hidden />}
              disabled={!label.trim()}
              loading={add.isPending}
              onClick={() => save('door')}
            >
              {t('capture.journeys.addDoor')}
            </Button>
            <Button
              color="red.9"
              leftSection={<IconWall size={16} aria-hidden />}
              disabled={!label.trim()}
              loading={add.isPending}
              onClick={() => save('wall')}
            >
              {t('capture.journeys.addWall')}
            </Button>
          </Group>
          {(add.error ?? update.error ?? remove.error) && (
            <ErrorAlert error={add.error ?? update.error ?? remove.error} />
          )}
        </Stack>
      </Paper>
      <Text size="sm" role="status" data-testid="journey-summary" id="journey-summary">
        {t('capture.journeys.summary', {
          name: persona.name,
          doors: steps.filter((s) => s.outcome === 'door').length,
          walls: steps.filter((s) => s.outcome === 'wall').length
        })}
      </Text>
      <VirtualList
        items={steps}
        getKey={stepKey}
        estimateSize={64}
        gap={6}
        maxHeight="fill"
        fill={{ min: 240, bottom: 24 }}
        labelledBy="journey-summary"
        itemTestId="journey-step"
        renderItem={(s) => (
          <JourneyStepRow
            step={s}
            updating={updating.has(s.id)}
            removing={removing.has(s.id)}
            onToggle={onToggle}
            onRemove={onRemove}
          />
        )}
      />
    </Stack>
  )
}

const stepKey = (s: JourneyStep) => s.id

/** One step of a journey: a door or a wall, where, and what happened; flip it or delete it. */
const JourneyStepRow = memo(function JourneyStepRow({
  step: s,
  updating,
  removing,
  onToggle,
  onRemove
}: {
  step: JourneyStep
  updating: boolean
  removing: boolean
  onToggle: (step: JourneyStep) => void
  onRemove: (stepId: string) => void
}) {
  const { t } = useTranslation()
  const color = s.outcome === 'door' ? 'teal.9' : 'red.9'
  return (
    <Group justify="space-between" wrap="nowrap" align="start" py={4}>
      <Group gap="sm" wrap="nowrap" align="start" style={{ minWidth: 0 }}>
        <ThemeIcon radius="xl" size={26} color={color} aria-hidden>
          {s.outcome === 'door' ? <IconDoor size={14} /> : <IconWall size={14} />}
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Text fw={600} size="sm">
              {s.label}
            </Text>
            <Badge size="xs" variant="outline" color={color} tt="none">
              {t(`capture.journeys.${s.outcome}`)}
            </Badge>
            <Text size="xs" c="dimmed">
              {t(`capture.journeys.places.${s.place}`)}
            </Text>
          </Group>
          {s.note && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {s.note}
            </Text>
          )}
        </div>
      </Group>
      <Group gap={4} wrap="nowrap">
        <Button size="compact-xs" variant="subtle" disabled={updating} onClick={() => onToggle(s)}>
          {s.outcome === 'door' ? t('capture.journeys.makeWall') : t('capture.journeys.makeDoor')}
        </Button>
        <ActionIcon
          variant="subtle"
          color="red.9"
          aria-label={t('capture.journeys.remove', { label: s.label })}
          disabled={removing}
          onClick={() => onRemove(s.id)}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
    </Group>
  )
})
