import { Button, Group, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PackPreview } from '../../../../shared/content/library'
import { useImportPack } from '../../api/library'
import { AppModal } from '../../components/AppModal'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useLanguage } from '../../hooks/useLanguage'
import type { PickedImport } from '../import/picked-file'
import { localizedText } from '../../../../shared/content/localized'

/**
 * What a content pack holds, then importing it whole — or, in plain words, why not. Opened by
 * the Library's Import button and by packs opened from outside (menu, double-click, drop).
 */
export function ImportPackDialog({ file, onClose }: { file: PickedImport | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { preview, commit } = useImportPack()
  // Kept with the text it is about: a new file is never shown as already imported.
  const [imported, setImported] = useState<{ content: string; pack: PackPreview } | null>(null)
  const lang = useLanguage()
  const content = file && 'content' in file ? file.content : null
  const { mutate: runPreview, reset: resetPreview } = preview
  const { reset: resetCommit } = commit
  useEffect(() => {
    resetCommit()
    if (content === null) resetPreview()
    else runPreview(content)
  }, [content, runPreview, resetPreview, resetCommit])
  // A file refused as it was read (too large, not UTF-8, not ours): shown here, never sent.
  const result = imported && imported.content === content ? imported.pack : null
  const error = (file && 'error' in file ? file.error : null) ?? preview.error ?? commit.error
  const shown = commit.data ?? preview.data
  return (
    <AppModal opened={file !== null} onClose={onClose} title={t('library.import.title')} size="lg">
      <Stack data-testid="import-dialog">
        {error && <ErrorAlert error={error} details subject="pack" />}
        {shown && !error && (
          <>
            <Text fw={600}>
              {localizedText(shown.title, lang)} · {t('library.import.version', { version: shown.version })}
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
          <Button variant="default" onClick={onClose}>
            {result ? t('common.close') : t('common.cancel')}
          </Button>
          {!result && (
            <Button
              disabled={!preview.data || Boolean(error) || preview.data.alreadyInstalled}
              loading={commit.isPending}
              onClick={() =>
                content && commit.mutate(content, { onSuccess: (pack) => setImported({ content, pack }) })
              }
            >
              {t('library.import.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  )
}
