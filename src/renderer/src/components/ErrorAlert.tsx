import { Alert, List } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ApiError, errorCodeOf } from '../api/client'
import { errorKey, type FileSubject } from './error-key'
import { useReportedByBanner } from './outage'

/**
 * The error in the user's language. `details` adds the first failing fields (for a file being
 * imported, where the author needs to know what to fix); `subject` names the kind of file being
 * imported, so a refused session file is never described as a content pack, nor the reverse.
 * Renders nothing for data that could not load because the backend is out of reach: the banner
 * above every screen already says so (see outage.ts).
 */
export function ErrorAlert({
  error,
  details = false,
  subject,
  title
}: {
  error: unknown
  details?: boolean
  subject?: FileSubject
  /** A heading that names what happened, where the generic one would alarm (a mistyped passphrase). */
  title?: string
}) {
  const { t } = useTranslation()
  if (useReportedByBanner(error)) return null
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={title ?? t('errors.title')}
      icon={<IconAlertTriangle aria-hidden />}
    >
      {t(errorKey(errorCodeOf(error), subject))}
      {details && error instanceof ApiError && error.issues.length > 0 && (
        <List size="xs" mt="xs">
          {error.issues.slice(0, 5).map((issue, i) => (
            <List.Item key={i}>
              <code>{issue.path || '/'}</code> {issue.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  )
}
