import { Alert, Button, Group, Text } from '@mantine/core'
import { IconGitMerge } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The document changed elsewhere while the user had unsaved edits: the screen shows the stored
 * version, and what they typed is offered back here (re-apply, or discard) — never dropped silently.
 */
export function ConflictNotice({
  children,
  onReapply,
  onDiscard
}: {
  /** A short rendering of the kept edits, so the user knows what re-applying brings back. */
  children?: ReactNode
  onReapply: () => void
  onDiscard: () => void
}) {
  const { t } = useTranslation()
  return (
    <Alert
      role="alert"
      color="orange"
      variant="light"
      title={t('conflict.title')}
      icon={<IconGitMerge aria-hidden />}
      data-testid="conflict-notice"
    >
      <Text size="sm">{t('conflict.body')}</Text>
      {children}
      <Group mt="sm" gap="xs">
        <Button size="xs" onClick={onReapply}>
          {t('conflict.reapply')}
        </Button>
        <Button size="xs" variant="default" onClick={onDiscard}>
          {t('conflict.discard')}
        </Button>
      </Group>
    </Alert>
  )
}
