import { Button, Group, Stack, Text } from '@mantine/core'
import { JsonFileButton } from '../../components/JsonFileButton'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PackPreview } from '../../../../shared/content/library'
import type { ApiError } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useLanguage } from '../../hooks/useLanguage'
import { useImportPack } from '../../api/library'
import { AppModal } from '../../components/AppModal'

/** Pick a file, see what it holds, then import it whole — or see, in plain words, why not. */
export function ImportPackButton() {
  const { t } = useTranslation()
  const { preview, commit } = useImportPack()
  const [content, setContent] = useState<string | null>(null)
  const [result, setResult] = useState<PackPreview | null>(null)
  // A file refused as it was read (too large, not UTF-8): shown in the dialog, never sent.
  const [readError, setReadError] = useState<ApiError | null>(null)
  const lang = useLanguage()
  const close = () => {
    setContent(null)
    setResult(null)
    setReadError(null)
    preview.reset()
    commit.reset()
  }
  const error = readError ?? preview.error ?? commit.error
  const shown = commit.data ?? preview.data
  return (
    <>
      <JsonFileButton
        variant="light"
        size="xs"
        testId="import-pack"
        onText={(text) => {
          setContent(text)
          preview.mutate(text)
        }}
        onError={(refusal) => {
          setReadError(refusal)
          setContent('')
        }}
      >
        {t('library.import.button')}
      </JsonFileButton>
      <AppModal opened={content !== null} onClose={close} title={t('library.import.title')} size="lg">
        <Stack data-testid="import-dialog">
          {error && <ErrorAlert error={error} details subject="pack" />}
          {shown && !error && (
            <>
              <Text fw={600}>
                {shown.title[lang]} · {t('library.import.version', { version: shown.version })}
              </Text>
              <Text size="sm">
                {t('library.import.items', {
                  count: Object.values(shown.counts).reduce((a, b) => a + (b ?? 0), 0)
                })}
              </Text>
              <Text size="sm" c="dimmed">
                {Object.entries(shown.counts)
                  .map(
                    ([kind, n]) =>
                      `${t('common.labelColon', { label: t(`library.groups.${kind as 'note'}`) })} ${n}`
                  )
                  .join(' · ')}
              </Text>
              {shown.alreadyInstalled && <Text c="orange.9">{t('errors.import/already-installed')}</Text>}
              {result && (
                <Text role="status" c="teal.9">
                  {t('library.import.done')}
                </Text>
              )}
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {result ? t('common.close') : t('common.cancel')}
            </Button>
            {!result && (
              <Button
                disabled={!preview.data || Boolean(error) || preview.data.alreadyInstalled}
                loading={commit.isPending}
                onClick={() => content && commit.mutate(content, { onSuccess: setResult })}
              >
                {t('library.import.confirm')}
              </Button>
            )}
          </Group>
        </Stack>
      </AppModal>
    </>
  )
}
