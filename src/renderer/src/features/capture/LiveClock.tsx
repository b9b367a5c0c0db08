import { Badge, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { computeSchedule, suggestCuts } from '../../../../shared/planning/schedule'
import type { Session } from '../../../../shared/planning/session'

/**
 * The current block, large, with its countdown and how far ahead or behind the plan the room is.
 * Screen readers hear the timer only when a block starts, with one minute left, and at the end.
 */
export function LiveClock({ session, index }: { session: Session; index: number }) {
  const { t } = useTranslation()
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const block = session.blocks[index]
  const run = block ? session.live.blocks[block.id] : undefined
  if (!block) return null
  const schedule = computeSchedule(session.blocks, session.startTime, session.plannedEnd)
  const plannedOffset = (schedule.blocks[index]?.start ?? 0) - (schedule.blocks[0]?.start ?? 0)
  const started = run ? Date.parse(run.start) : null
  // An ended block's clock stops where it ended.
  const at = run?.end ? Date.parse(run.end) : now
  const remaining =
    started === null
      ? block.durationMinutes * 60
      : Math.round(block.durationMinutes * 60 - (at - started) / 1000)
  const drift =
    started !== null && session.live.startedAt
      ? Math.round((started - Date.parse(session.live.startedAt)) / 60000) - plannedOffset
      : 0
  const phase =
    started === null ? 'waiting' : remaining <= 0 ? 'over' : remaining <= 60 ? 'last-minute' : 'running'
  const announcement =
    phase === 'running' && remaining > block.durationMinutes * 60 - 5
      ? t('capture.announce.start', { title: block.title, minutes: block.durationMinutes })
      : phase === 'last-minute'
        ? t('capture.announce.lastMinute', { title: block.title })
        : phase === 'over'
          ? t('capture.announce.over', { title: block.title })
          : ''
  // Late = started late, plus however far the current block has run past its time.
  const late = Math.max(0, drift) + (remaining < 0 ? Math.ceil(-remaining / 60) : 0)
  const { cuts } = suggestCuts(session.blocks.slice(index + 1), late)
  const titleOf = (id: string) => session.blocks.find((b) => b.id === id)?.title ?? ''
  const clock = `${remaining < 0 ? '−' : ''}${Math.floor(Math.abs(remaining) / 60)}:${String(Math.abs(remaining) % 60).padStart(2, '0')}`
  return (
    <Paper withBorder radius="lg" p="lg" data-testid="live-clock">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('capture.blockOf', { n: index + 1, total: session.blocks.length })}
        </Text>
        <Title order={3} size="h2" data-testid="live-block">
          {block.title}
        </Title>
        <Group gap="md" align="baseline">
          <Text
            fz={48}
            fw={700}
            c={phase === 'over' ? 'red.9' : phase === 'last-minute' ? 'orange.9' : undefined}
            ff="monospace"
            aria-hidden
          >
            {clock}
          </Text>
          {drift !== 0 && (
            <Badge size="lg" variant="outline" color={drift > 0 ? 'red.9' : 'teal.9'} tt="none">
              {drift > 0 ? t('capture.behind', { minutes: drift }) : t('capture.ahead', { minutes: -drift })}
            </Badge>
          )}
        </Group>
        {late > 0 && cuts.length > 0 && (
          <Text size="sm" data-testid="live-cuts">
            {t('capture.shorten', {
              minutes: late,
              list: cuts
                .map((c) => t('capture.cut', { title: titleOf(c.id), from: c.from, to: c.to }))
                .join(' · ')
            })}
          </Text>
        )}
        <VisuallyHidden aria-live="polite" data-testid="live-announcement">
          {announcement}
        </VisuallyHidden>
      </Stack>
    </Paper>
  )
}
