import { Button, Checkbox, Code, Group, Stack, Text } from '@mantine/core'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportDelivery } from '../../../../shared/domain/export'
import { isLanguage } from '../../../../shared/i18n/languages'
import { call } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { offerDownload } from '../briefs/download'

/**
 * The recovery key, shown this once: a one-page PDF to print (made by main with pdfmake, like
 * every PDF), and "I have kept it" before the dialog can close.
 */
export function RecoveryKeyStep({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t, i18n } = useTranslation()
  const [kept, setKept] = useState(false)
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState<ExportDelivery | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [touched, setTouched] = useState(false)

  const savePdf = () => {
    setSaving(true)
    setError(null)
    const language = isLanguage(i18n.language) ? i18n.language : 'en'
    call('notebook:recovery-pdf', { recoveryKey, language, pageSize: 'A4' }).then(
      (delivery) => {
        if (delivery.base64 !== null) offerDownload(delivery.fileName, delivery.mime, delivery.base64)
        setSaved(delivery)
        setSaving(false)
      },
      (failure: unknown) => {
        setError(failure)
        setSaving(false)
      }
    )
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        setTouched(true)
        if (kept) onDone()
      }}
    >
      <Stack data-testid="recovery-step">
        <Text>{t('protect.recoveryIntro')}</Text>
        <Code
          block
          fz="xl"
          ta="center"
          py="md"
          data-testid="recovery-key"
          dir="ltr"
          aria-label={t('protect.recoveryKeyLabel')}
          style={{ letterSpacing: '0.08em', userSelect: 'all' }}
        >
          {recoveryKey}
        </Code>
        <Text size="sm">{t('protect.recoveryKeep')}</Text>
        <Group>
          <Button
            variant="light"
            leftSection={<IconFileTypePdf size={18} aria-hidden />}
            loading={saving}
            onClick={savePdf}
            data-autofocus
          >
            {t('protect.savePdf')}
          </Button>
          {saved && (
            <Text size="sm" role="status" c="teal.8">
              {saved.savedTo ? t('export.saved', { path: saved.savedTo }) : t('protect.pdfDownloaded')}
            </Text>
          )}
        </Group>
        {error !== null && <ErrorAlert error={error} />}
        <Text size="sm">{t('protect.exportsNotCovered')}</Text>
        <Checkbox
          label={t('protect.kept')}
          checked={kept}
          onChange={(e) => setKept(e.currentTarget.checked)}
          error={touched && !kept ? t('protect.keptRequired') : null}
          data-testid="recovery-kept"
        />
        <Group justify="flex-end">
          <Button type="submit">{t('protect.done')}</Button>
        </Group>
      </Stack>
    </form>
  )
}
