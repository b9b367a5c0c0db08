import { Text, Title } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/** Page heading that also names the window/tab, so screen readers and task switchers agree. */
export function PageHeader({ title, description }: { title: string; description?: string }) {
  const { t } = useTranslation()
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`
  }, [title, t])
  return (
    <header style={{ marginBlockEnd: 'var(--mantine-spacing-lg)' }}>
      <Title order={2}>{title}</Title>
      {description && (
        <Text c="dimmed" mt={4}>
          {description}
        </Text>
      )}
    </header>
  )
}
