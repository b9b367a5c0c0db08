import { EmptyState, Paper } from '@mantine/core'
import { IconBooks } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/PageHeader'

export function LibraryPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('library.title')} />
      <Paper withBorder p="xl" radius="lg" data-testid="library-empty">
        <EmptyState
          variant="light"
          size="lg"
          icon={<IconBooks aria-hidden />}
          title={t('library.empty.title')}
          description={t('library.empty.body')}
        />
      </Paper>
    </>
  )
}
