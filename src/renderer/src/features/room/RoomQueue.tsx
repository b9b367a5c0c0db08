import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core'
import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { intlLocale } from '../../../../shared/i18n/languages'
import type { Session } from '../../../../shared/planning/session'
import type { RoomQueueItem } from '../../../../shared/room/facilitator'
import { ErrorAlert } from '../../components/ErrorAlert'
import { VirtualList } from '../../components/VirtualList'
import { useStableCallback } from '../../hooks/useStableCallback'
import { useAcceptRoomItem, useDiscardRoomItem, useRoomQueue } from '../../api/room'

const itemKey = (item: RoomQueueItem) => item.id

/**
 * "From the room": each contribution with its block and time, to accept as a note or discard.
 * Up to ROOM_LIMITS.queue wait at once: only those in view are drawn, each memoised, so the
 * queue's refresh every few seconds costs the same at 2,000 as at 10.
 */
export function RoomQueue({ session, open }: { session: Session; open: boolean }) {
  const { t, i18n } = useTranslation()
  const queue = useRoomQueue(session.id, open)
  const accept = useAcceptRoomItem(session.id)
  const discard = useDiscardRoomItem(session.id)
  const time = useMemo(
    () => new Intl.DateTimeFormat(intlLocale(i18n.language), { hour: '2-digit', minute: '2-digit' }),
    [i18n.language]
  )
  const blocks = useMemo(() => new Map(session.blocks.map((b) => [b.id, b.title])), [session.blocks])
  const onAccept = useStableCallback((id: string) => accept.mutate(id))
  const onDiscard = useStableCallback((id: string) => discard.mutate(id))
  const busy = accept.isPending || discard.isPending
  const items = queue.data ?? []
  return (
    <Stack gap="sm">
      {queue.error && <ErrorAlert error={queue.error} />}
      {accept.error && <ErrorAlert error={accept.error} />}
      {discard.error && <ErrorAlert error={discard.error} />}
      {queue.isSuccess && items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('room.queue.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <VirtualList
          items={items}
          getKey={itemKey}
          estimateSize={118}
          gap={8}
          maxHeight="fill"
          fill={{ min: 280, bottom: 24 }}
          label={t('room.queue.title')}
          itemTestId="room-item"
          renderItem={(item) => (
            <QueueCard
              item={item}
              block={item.blockId ? (blocks.get(item.blockId) ?? null) : null}
              time={time.format(new Date(item.receivedAt))}
              busy={busy}
              onAccept={onAccept}
              onDiscard={onDiscard}
            />
          )}
        />
      )}
    </Stack>
  )
}

const QueueCard = memo(function QueueCard(props: {
  item: RoomQueueItem
  block: string | null
  time: string
  busy: boolean
  onAccept: (id: string) => void
  onDiscard: (id: string) => void
}) {
  const { t } = useTranslation()
  const { item } = props
  return (
    <Card withBorder padding="sm">
      <Group gap="xs" mb={4}>
        <Badge variant="light">{t(`capture.types.${item.kind}`)}</Badge>
        <Text size="xs" c="dimmed">
          {props.block ? t('room.queue.stampBlock', { time: props.time, block: props.block }) : props.time}
        </Text>
        <Text size="xs" c="dimmed">
          {item.pseudonym ? t('room.queue.from', { name: item.pseudonym }) : t('room.queue.anonymous')}
        </Text>
      </Group>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.text}</Text>
      <Group gap="xs" mt="xs" justify="flex-end">
        <Button
          size="xs"
          variant="default"
          disabled={props.busy}
          onClick={() => props.onDiscard(item.id)}
          aria-label={t('room.queue.discardLabel', { text: item.text.slice(0, 60) })}
        >
          {t('room.queue.discard')}
        </Button>
        <Button
          size="xs"
          disabled={props.busy}
          onClick={() => props.onAccept(item.id)}
          aria-label={t('room.queue.acceptLabel', { text: item.text.slice(0, 60) })}
        >
          {t('room.queue.accept')}
        </Button>
      </Group>
    </Card>
  )
})
