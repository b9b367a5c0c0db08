import { Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RoomStatus } from '../../../../shared/room/facilitator'
import { QrCode } from '../../components/QrCode'
import { shortAddress } from '../../../../shared/room/address'

/** What a participant needs to join: the QR code, the short address and the room code, large. */
export function JoinCard({ status }: { status: RoomStatus }) {
  const { t } = useTranslation()
  if (!status.url || !status.code || !status.qr) return null
  const address = shortAddress(status.url)
  return (
    <Paper withBorder p="md" radius="md" aria-labelledby="room-join-title">
      <Title order={3} size="h4" id="room-join-title" mb="sm">
        {t('room.join.title')}
      </Title>
      <Group align="center" gap="lg">
        <QrCode rows={status.qr} label={t('room.join.qr', { address })} size={200} />
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('room.join.address')}
          </Text>
          <Text fw={700} fz={22} data-testid="room-address" dir="ltr">
            {address}
          </Text>
          <Text size="sm" c="dimmed" mt="sm">
            {t('room.join.code')}
          </Text>
          <Text fw={800} fz={34} ff="monospace" lts="0.15em" data-testid="room-code" dir="ltr">
            {status.code}
          </Text>
        </Stack>
      </Group>
    </Paper>
  )
}
