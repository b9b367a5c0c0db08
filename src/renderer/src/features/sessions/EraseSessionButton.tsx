import { Alert, Button, Group, List, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconEraser } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useEraseSession } from '../../api/notebook-care'
import { AppModal } from '../../components/AppModal'

/** Unlike Delete (which keeps a copy in the trash for undo), this removes every trace at once. */
export function EraseSessionButton({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const erase = useEraseSession()
  const [opened, setOpened] = useState(false)
  const close = () => {
    setOpened(false)
    erase.reset()
  }
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        leftSection={<IconEraser size={14} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('care.erase.session.button')}
      </Button>
      <AppModal opened={opened} onClose={close} title={t('care.erase.session.title')} size="md">
        <Stack data-testid="erase-session-dialog">
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title}>
            <Text size="sm" mb="xs">
              {t('care.erase.session.warning')}
            </Text>
            <List size="sm">
              <List.Item>{t('care.erase.session.what.session')}</List.Item>
              <List.Item>{t('care.erase.session.what.backups')}</List.Item>
              <List.Item>{t('care.erase.session.what.traces')}</List.Item>
            </List>
          </Alert>
          <Text size="sm" fw={600}>
            {t('care.erase.session.final')}
          </Text>
          {erase.error && <ErrorAlert error={erase.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={erase.isPending}
              onClick={() =>
                erase.mutate(id, {
                  onSuccess: () => {
                    navigate('/sessions')
                  }
                })
              }
            >
              {t('care.erase.session.confirm')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  )
}
