import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import type { SessionCounts } from '../../../../shared/domain/notebook-ops'
import { LIMITS } from '../../../../shared/limits'
import { useImportSession } from '../../api/notebook-care'
import { AppModal } from '../../components/AppModal'
import { ErrorAlert } from '../../components/ErrorAlert'
import type { PickedImport } from '../import/picked-file'
import { intlLocale } from '../../../../shared/i18n/languages'
import { errorCodeOf } from '../../api/client'
import { FilePassphraseForm } from '../lock/FilePassphraseForm'

const COUNTS: (keyof SessionCounts)[] = ['blocks', 'personas', 'notes', 'journeys', 'clusters', 'actions']

/**
 * What a session file holds, then bringing it into the notebook — as a copy if it is already
 * there. Opened by the Import buttons and by files opened from outside (menu, double-click, drop).
 */
export function ImportSessionDialog({ file, onClose }: { file: PickedImport | null; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const [, navigate] = useLocation()
  const { preview, commit } = useImportSession()
  const content = file && 'content' in file ? file.content : null
  const { mutate: runPreview, reset: resetPreview } = preview
  const { reset: resetCommit } = commit
  // The passphrase a sealed session file was exported with, once the user has typed it (for this file).
  const [typed, setTyped] = useState<{ content: string; passphrase: string } | null>(null)
  const passphrase = typed && typed.content === content ? typed.passphrase : undefined
  useEffect(() => {
    resetCommit()
    if (content === null) resetPreview()
    else runPreview({ content })
  }, [content, runPreview, resetPreview, resetCommit])
  const previewCode = preview.error ? errorCodeOf(preview.error) : null
  const asksPassphrase =
    previewCode === 'crypto/passphrase-required' || previewCode === 'crypto/wrong-passphrase'
  // A file refused as it was read (too large, not UTF-8, not ours): shown here, never sent.
  const error =
    (file && 'error' in file ? file.error : null) ??
    (previewCode === 'crypto/passphrase-required' ? null : preview.error) ??
    commit.error
  const shown = preview.data
  const dateFormat = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: 'long',
    timeZone: 'UTC'
  })
  const number = new Intl.NumberFormat(intlLocale(i18n.language))
  const importIt = (asCopy: boolean) => {
    if (content === null) return
    commit.mutate(
      {
        content,
        ...(passphrase ? { passphrase } : {}),
        asCopy,
        ...(asCopy ? { titleSuffix: t('care.import.copySuffix').slice(0, LIMITS.transfer.titleSuffix) } : {})
      },
      {
        onSuccess: (saved) => {
          onClose()
          navigate(`/sessions/${saved.id}`)
        }
      }
    )
  }
  return (
    <AppModal opened={file !== null} onClose={onClose} title={t('care.import.title')} size="lg">
      <Stack data-testid="import-session-dialog">
        {preview.isPending && (
          <Text size="sm" c="dimmed" role="status">
            {t('care.import.reading')}
          </Text>
        )}
        {asksPassphrase && content !== null && (
          <FilePassphraseForm
            pending={preview.isPending}
            onSubmit={(given) => {
              setTyped({ content, passphrase: given })
              runPreview({ content, passphrase: given })
            }}
          />
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
          <Button variant="default" onClick={onClose}>
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
  )
}
