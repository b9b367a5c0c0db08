import { EmptyState, Paper } from '@mantine/core'
import { IconCalendarEvent } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/PageHeader'

export function SessionsPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('sessions.title')} />
      <Paper withBorder p="xl" radius="lg" data-testid="sessions-empty">
        <EmptyState
          variant="light"
          size="lg"
          icon={<IconCalendarEvent aria-hidden />}
          title={t('sessions.empty.title')}
          description={t('sessions.empty.body')}
        />
      </Paper>
    </>
  )
}
