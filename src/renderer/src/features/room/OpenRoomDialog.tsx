import { Alert, Button, Group, NumberInput, Radio, Stack, Text } from '@mantine/core'
import { IconLockOpen } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ROOM_LIMITS } from '../../../../shared/room/constants'
import { AppModal } from '../../components/AppModal'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useOpenRoom, useRoomInterfaces } from '../../api/room'

/** Choose the network the phones will use, be told it is not encrypted, and open the room. */
export function OpenRoomDialog({
  sessionId,
  opened,
  onClose
}: {
  sessionId: string
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const interfaces = useRoomInterfaces(opened)
  const open = useOpenRoom(sessionId)
  const [host, setHost] = useState<string | null>(null)
  const [dots, setDots] = useState<number>(3)
  const list = interfaces.data ?? []
  const chosen = host ?? list[0]?.address ?? null
  return (
    <AppModal
      opened={opened}
      onClose={() => !open.isPending && onClose()}
      title={t('room.dialog.title')}
      size="lg"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          if (chosen) open.mutate({ host: chosen, dots }, { onSuccess: onClose })
        }}
      >
        <Stack>
          <Text size="sm">{t('room.dialog.intro')}</Text>
          <Alert
            color="orange"
            variant="light"
            icon={<IconLockOpen size={20} aria-hidden />}
            title={t('room.dialog.warningTitle')}
          >
            {t('room.dialog.warning')}
          </Alert>
          {interfaces.error && <ErrorAlert error={interfaces.error} />}
          {interfaces.isSuccess && list.length === 0 ? (
            <Alert color="gray" variant="light">
              {t('room.dialog.noNetwork')}
            </Alert>
          ) : (
            <Radio.Group label={t('room.dialog.network')} value={chosen ?? ''} onChange={setHost}>
              <Stack gap="xs" mt="xs">
                {list.map((i) => (
                  <Radio
                    key={`${i.name}-${i.address}`}
                    value={i.address}
                    label={`${i.name} · ${i.address}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <NumberInput
            label={t('room.dialog.dots')}
            description={t('room.dialog.dotsHelp')}
            min={1}
            max={ROOM_LIMITS.maxDots}
            value={dots}
            onChange={(v) => setDots(typeof v === 'number' ? v : 3)}
            w={220}
          />
          {open.error && <ErrorAlert error={open.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={open.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!chosen} loading={open.isPending}>
              {t('room.open')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  )
}
