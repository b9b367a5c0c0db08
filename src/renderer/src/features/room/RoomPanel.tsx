import { Alert, Button, Paper, Stack, Text } from '@mantine/core'
import { IconPlugConnected, IconUsersGroup } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../../shared/planning/session'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useOpenRoom, useRoomStatus } from '../../api/room'
import { JoinCard } from './JoinCard'
import { shortAddress } from '../../../../shared/room/address'
import { OpenRoomDialog } from './OpenRoomDialog'
import { PublishForm } from './PublishForm'

/** The room in live mode: off until the facilitator opens it; then the join card and what to publish. */
export function RoomPanel({ session, blockTitle }: { session: Session; blockTitle: string | null }) {
  const { t } = useTranslation()
  const status = useRoomStatus(session.id)
  const [dialog, setDialog] = useState(false)
  const reopen = useOpenRoom(session.id)
  if (status.error) return <ErrorAlert error={status.error} />
  if (!status.data) return null
  const resumable = status.data.resumable
  if (!status.data.open)
    return (
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs" align="flex-start">
          {resumable && (
            <Alert
              color="blue"
              variant="light"
              icon={<IconPlugConnected size={20} aria-hidden />}
              title={t('room.resume.title')}
              w="100%"
            >
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  {t('room.resume.body', {
                    address: `\u2066${shortAddress(resumable.url)}\u2069`
                  })}
                </Text>
                <Button
                  loading={reopen.isPending}
                  onClick={() => reopen.mutate({ host: resumable.host, resume: true })}
                >
                  {t('room.resume.button')}
                </Button>
              </Stack>
            </Alert>
          )}
          {reopen.error && <ErrorAlert error={reopen.error} />}
          <Text size="sm">{t('room.invite')}</Text>
          <Button
            variant="light"
            leftSection={<IconUsersGroup size={16} aria-hidden />}
            onClick={() => setDialog(true)}
          >
            {t('room.openEllipsis')}
          </Button>
        </Stack>
        <OpenRoomDialog sessionId={session.id} opened={dialog} onClose={() => setDialog(false)} />
      </Paper>
    )
  return (
    <Stack>
      <JoinCard status={status.data} />
      <Paper withBorder p="md" radius="md">
        <PublishForm
          key={status.data.openedAt}
          session={session}
          status={status.data}
          blockTitle={blockTitle}
        />
      </Paper>
    </Stack>
  )
}
