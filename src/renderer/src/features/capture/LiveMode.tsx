import { Button, Grid, Group, Loader, Stack, Tabs, Text } from '@mantine/core'
import { IconPlayerPlay, IconPlayerSkipBack, IconPlayerSkipForward, IconRotate } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'wouter'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageHeader } from '../../components/PageHeader'
import { ConsentSummary } from '../sessions/ConsentSummary'
import { useSession } from '../../api/sessions'
import type { Session } from '../../../../shared/planning/session'
import { currentBlockIndex, liveEndedAt } from '../../../../shared/planning/live'
import { CaptureDetails } from './CaptureDetails'
import { CapturePanel } from './CapturePanel'
import { JourneysPanel } from './JourneysPanel'
import { LiveClock } from './LiveClock'
import { useCaptureMutations } from './useCapture'
import { useCaptureSettings } from './useCaptureSettings'
import direction from '../../components/direction.module.css'
import { useRoomStatus } from '../../api/room'
import { keys } from '../../api/keys'
import { EndLiveButton } from './EndLiveButton'
import { LiveEnded } from './LiveEnded'
import { RoomBanner } from '../room/RoomBanner'
import { RoomPanel } from '../room/RoomPanel'
import { RoomQueue } from '../room/RoomQueue'
import { ProjectorControls } from '../projector/ProjectorControls'

/** The session as it runs: the current block and its clock on one side, capture on the other. */
export function LiveMode() {
  const { t } = useTranslation()
  const { id = '' } = useParams<{ id: string }>()
  const session = useSession(id)
  if (session.error) return <ErrorAlert error={session.error} />
  if (!session.data) return <Loader role="status" aria-label={t('app.loading')} />
  return <LiveScreen s={session.data} />
}

function LiveScreen({ s }: { s: Session }) {
  const { t } = useTranslation()
  const { mark } = useCaptureMutations(s.id)
  const [tab, setTab] = useState<string | null>('notes')
  const captureInput = useRef<HTMLInputElement>(null)
  const index = currentBlockIndex(s.blocks, s.live)
  const current = s.blocks[index]
  const blockId = s.live.startedAt ? (current?.id ?? null) : null
  const settings = useCaptureSettings(s, blockId)
  const room = useRoomStatus(s.id).data
  const client = useQueryClient()
  const endedHeading = useRef<HTMLHeadingElement>(null)
  const endedAt = s.live.startedAt ? liveEndedAt(s.blocks, s.live) : null
  const isLast = index === s.blocks.length - 1
  // Whatever button was pressed, the next keystroke belongs to the capture field (when shown).
  const refocus = () => requestAnimationFrame(() => captureInput.current?.focus())
  // Changes to one session run in order (one queue per session), so "end" lands before "start".
  const go = (to: number) => {
    const target = s.blocks[to]
    if (!target) return
    if (current && s.live.blocks[current.id]?.end === null) mark.mutate({ blockId: current.id, event: 'end' })
    mark.mutate({ blockId: target.id, event: 'start' })
    refocus()
  }
  // Main closes an open room when live mode ends; the banner goes as soon as main says so.
  const end = () => {
    if (!current) return
    mark.mutate(
      { blockId: current.id, event: 'end' },
      {
        onSuccess: () => {
          void client.invalidateQueries({ queryKey: keys.roomStatus(s.id) })
          requestAnimationFrame(() => endedHeading.current?.focus())
        }
      }
    )
  }
  // A 'start' on an ended block runs it again from its first start; a closed room stays closed.
  const resume = () => {
    if (!current) return
    mark.mutate({ blockId: current.id, event: 'start' })
    refocus()
  }
  return (
    <>
      <PageHeader title={t('capture.title', { title: s.title })} />
      <Group justify="space-between" mb="md">
        <ConsentSummary consent={s.consent} />
        <Group gap="xs">
          <Button component={Link} href={`/sessions/${s.id}/synthesis`} variant="light" size="xs">
            {t('synthesis.open')}
          </Button>
          <Button component={Link} href={`/sessions/${s.id}`} variant="default" size="xs">
            {t('capture.back')}
          </Button>
        </Group>
      </Group>
      <RoomBanner sessionId={s.id} />
      {mark.error && <ErrorAlert error={mark.error} />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            {endedAt ? (
              <LiveEnded session={s} endedAt={endedAt} headingRef={endedHeading} />
            ) : (
              s.blocks.length > 0 && <LiveClock session={s} index={index} />
            )}
            <Group>
              {s.live.startedAt === null ? (
                <Button
                  leftSection={<IconPlayerPlay size={16} aria-hidden />}
                  disabled={!current || mark.isPending}
                  onClick={() => go(0)}
                >
                  {t('capture.start')}
                </Button>
              ) : (
                <>
                  <Button
                    variant="default"
                    leftSection={<IconPlayerSkipBack size={16} className={direction.mirrored} aria-hidden />}
                    disabled={index === 0 || mark.isPending}
                    onClick={() => go(index - 1)}
                  >
                    {t('capture.previous')}
                  </Button>
                  {endedAt ? (
                    <Button
                      variant="default"
                      leftSection={<IconRotate size={16} aria-hidden />}
                      disabled={mark.isPending}
                      onClick={resume}
                    >
                      {t('capture.ended.resume')}
                    </Button>
                  ) : isLast ? (
                    <EndLiveButton roomOpen={!!room?.open} disabled={mark.isPending} onEnd={end} />
                  ) : (
                    <Button
                      leftSection={
                        <IconPlayerSkipForward size={16} className={direction.mirrored} aria-hidden />
                      }
                      disabled={mark.isPending}
                      onClick={() => go(index + 1)}
                    >
                      {t('capture.next')}
                    </Button>
                  )}
                </>
              )}
            </Group>
            {endedAt && (
              <Text size="sm" c="dimmed">
                {t('capture.ended.resumeHint')}
              </Text>
            )}
            {tab === 'notes' && <CaptureDetails settings={settings} chathamHouse={s.consent.chathamHouse} />}
            <RoomPanel session={s} blockTitle={blockId ? (current?.title ?? null) : null} />
            <ProjectorControls sessionId={s.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List mb="sm">
              <Tabs.Tab value="notes">{t('capture.tabs.notes')}</Tabs.Tab>
              <Tabs.Tab value="journeys">{t('capture.tabs.journeys')}</Tabs.Tab>
              {(room?.open || (room?.queued ?? 0) > 0) && (
                <Tabs.Tab value="room">{t('room.queue.tab', { count: room?.queued ?? 0 })}</Tabs.Tab>
              )}
            </Tabs.List>
            <Tabs.Panel value="notes">
              <CapturePanel session={s} blockId={blockId} settings={settings} inputRef={captureInput} />
            </Tabs.Panel>
            <Tabs.Panel value="journeys">
              <JourneysPanel session={s} />
            </Tabs.Panel>
            <Tabs.Panel value="room">
              <RoomQueue session={s} open={!!room?.open} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
      </Grid>
    </>
  )
}
