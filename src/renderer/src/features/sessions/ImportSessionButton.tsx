import { Alert, Button, Group, Stack, Table, Text, type ButtonProps } from '@mantine/core'
import { JsonFileButton } from '../../components/JsonFileButton'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import type { SessionCounts } from '../../../../shared/domain/notebook-ops'
import { LIMITS } from '../../../../shared/limits'
import type { ApiError } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useImportSession } from '../../api/notebook-care'
import { AppModal } from '../../components/AppModal'

const COUNTS: (keyof SessionCounts)[] = ['blocks', 'personas', 'notes', 'journeys', 'clusters', 'actions']

/**
 * Pick a session file, see what it holds, then bring it into the notebook — as a copy if it is
 * already there. `label`, `variant` and `testId` let another place (the welcome) offer the same flow.
 */
export function ImportSessionButton({
  label,
  variant = 'default',
  testId = 'import-session'
}: { label?: string; variant?: ButtonProps['variant']; testId?: string } = {}) {
  const { t, i18n } = useTranslation()
  const [, navigate] = useLocation()
  const { preview, commit } = useImportSession()
  const [content, setContent] = useState<string | null>(null)
  // A file refused as it was read (too large, not UTF-8): shown in the dialog, never sent.
  const [readError, setReadError] = useState<ApiError | null>(null)
  const resetRef = useRef<() => void>(null)
  const close = () => {
    setContent(null)
    setReadError(null)
    preview.reset()
    commit.reset()
    resetRef.current?.()
  }
  const error = readError ?? preview.error ?? commit.error
  const shown = preview.data
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' })
  const number = new Intl.NumberFormat(i18n.language)
  const importIt = (asCopy: boolean) => {
    if (content === null) return
    commit.mutate(
      {
        content,
        asCopy,
        ...(asCopy ? { titleSuffix: t('care.import.copySuffix').slice(0, LIMITS.transfer.titleSuffix) } : {})
      },
      {
        onSuccess: (saved) => {
          close()
          navigate(`/sessions/${saved.id}`)
        }
      }
    )
  }
  return (
    <>
      <JsonFileButton
        resetRef={resetRef}
        variant={variant}
        testId={testId}
        onText={(text) => {
          setContent(text)
          preview.mutate(text)
        }}
        onError={(refusal) => {
          setReadError(refusal)
          setContent('')
        }}
      >
        {label ?? t('care.import.button')}
      </JsonFileButton>
      <AppModal opened={content !== null} onClose={close} title={t('care.import.title')} size="lg">
        <Stack data-testid="import-session-dialog">
          {preview.isPending && (
            <Text size="sm" c="dimmed" role="status">
              {t('care.import.reading')}
            </Text>
          )}
          {error && <ErrorAlert error={error} details subject="session" />}
          {shown && !preview.error && (
            <>
              <div>
                <Text fw={600} size="lg">
                  {shown.title}
                </Text>
                <Text size="sm" c="dimmed">
                  {shown.date ? dateFormat.format(new Date(`${shown.date}T00:00:00Z`)) : t('sessions.noDate')}
                </Text>
              </div>
              <Table
                withTableBorder
                variant="vertical"
                captionSide="top"
                maw={380}
                verticalSpacing={6}
                data-testid="import-counts"
              >
                <Table.Caption ta="start" fw={600} c="var(--mantine-color-text)">
                  {t('care.import.contents')}
                </Table.Caption>
                <Table.Tbody>
                  {COUNTS.map((kind) => (
                    <Table.Tr key={kind}>
                      <Table.Th scope="row">{t(`care.counts.${kind}`)}</Table.Th>
                      <Table.Td>{number.format(shown.counts[kind])}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {shown.exists && (
                <Alert color="orange" variant="light" data-testid="import-exists">
                  {t('care.import.exists')}
                </Alert>
              )}
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={!shown || Boolean(preview.error)}
              loading={commit.isPending}
              onClick={() => importIt(Boolean(shown?.exists))}
            >
              {shown?.exists ? t('care.import.asCopy') : t('care.import.confirm')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  )
}
