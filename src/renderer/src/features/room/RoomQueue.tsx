import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../../shared/planning/session'
import type { RoomQueueItem } from '../../../../shared/room/facilitator'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAcceptRoomItem, useDiscardRoomItem, useRoomQueue } from '../../api/room'

/** "From the room": each contribution with its block and time, to accept as a note or discard. */
export function RoomQueue({ session, open }: { session: Session; open: boolean }) {
  const { t, i18n } = useTranslation()
  const queue = useRoomQueue(session.id, open)
  const accept = useAcceptRoomItem(session.id)
  const discard = useDiscardRoomItem(session.id)
  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' })
  const blockTitle = (id: string | null) => session.blocks.find((b) => b.id === id)?.title ?? null
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
      <Stack
        gap="sm"
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        aria-label={t('room.queue.title')}
      >
        {items.map((item) => (
          <QueueCard
            key={item.id}
            item={item}
            block={blockTitle(item.blockId)}
            time={time.format(new Date(item.receivedAt))}
            busy={accept.isPending || discard.isPending}
            onAccept={() => accept.mutate(item.id)}
            onDiscard={() => discard.mutate(item.id)}
          />
        ))}
      </Stack>
    </Stack>
  )
}

function QueueCard(props: {
  item: RoomQueueItem
  block: string | null
  time: string
  busy: boolean
  onAccept: () => void
  onDiscard: () => void
}) {
  const { t } = useTranslation()
  const { item } = props
  return (
    <Card component="li" withBorder padding="sm" data-testid="room-item">
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
          onClick={props.onDiscard}
          aria-label={t('room.queue.discardLabel', { text: item.text.slice(0, 60) })}
        >
          {t('room.queue.discard')}
        </Button>
        <Button
          size="xs"
          disabled={props.busy}
          onClick={props.onAccept}
          aria-label={t('room.queue.acceptLabel', { text: item.text.slice(0, 60) })}
        >
          {t('room.queue.accept')}
        </Button>
      </Group>
    </Card>
  )
}
