import { Alert, Button, Group, Text } from '@mantine/core'
import { IconBroadcast } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useCloseRoom, useRoomStatus } from '../../api/room'

/** Stays on screen while the session's room is open: phones connected, and the way to close it. */
export function RoomBanner({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation()
  const status = useRoomStatus(sessionId)
  const close = useCloseRoom(sessionId)
  if (!status.data?.open) return null
  return (
    <Alert
      color="teal"
      variant="light"
      mb="md"
      icon={<IconBroadcast size={20} aria-hidden />}
      role="region"
      aria-label={t('room.banner.label')}
    >
      <Group justify="space-between" wrap="wrap">
        <Text fw={600} data-testid="room-banner">
          {t('room.banner.open', { count: status.data.phones })}
        </Text>
        <Button
          color="red"
          variant="light"
          size="xs"
          loading={close.isPending}
          onClick={() => close.mutate()}
        >
          {t('room.close')}
        </Button>
      </Group>
      {close.error && <ErrorAlert error={close.error} />}
    </Alert>
  )
}
