import { Alert, Group, Radio, Stack } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BriefFile, ExportFormat } from '../../../../shared/domain/export'
import type { Language } from '../../../../shared/i18n/languages'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useLanguage } from '../../hooks/useLanguage'
import { ExportJobStatus, LanguageAndPaper } from './ExportJobStatus'
import { ExportPreviewCounts } from './ExportPreviewCounts'
import { useExportJob, useExportPreview } from './useExport'
import { AppModal } from '../../components/AppModal'
import { EncryptExportFields, useExportPassphrase } from '../lock/EncryptExportFields'

const FORMATS: ExportFormat[] = ['outcome-brief', 'facilitator-pack', 'cards', 'markdown', 'json']
const FILES: BriefFile[] = ['pdf', 'docx']

/**
 * Choose a document, as a PDF or a Word file to edit (for the three paged documents), its language
 * (independent of the app's) and paper size, see what that document will contain (for the notes:
 * what consent lets through), then export. Long documents show progress and can be cancelled.
 */
export function ExportDialog({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const uiLanguage = useLanguage()
  const [format, setFormat] = useState<ExportFormat>('outcome-brief')
  const [language, setLanguage] = useState<Language>(uiLanguage)
  const [pageSize, setPageSize] = useState<'A4' | 'LETTER'>('A4')
  const [file, setFile] = useState<BriefFile>('pdf')
  const preview = useExportPreview(sessionId)
  const job = useExportJob(sessionId)
  // The session file alone can be sealed to a passphrase; documents stay plain by the user's choice.
  const sealed = useExportPassphrase()
  const running = job.state.phase === 'running'
  const pdf = format !== 'markdown' && format !== 'json'

  return (
    <AppModal opened onClose={running ? () => undefined : onClose} title={t('export.title')} size="lg">
      <Stack>
        <Radio.Group
          label={t('export.format')}
          value={format}
          onChange={(v) => {
            setFormat(v as ExportFormat)
            job.reset()
          }}
        >
          <Stack gap={6} mt={6}>
            {FORMATS.map((f) => (
              <Radio
                key={f}
                value={f}
                label={t(`export.formats.${f}`)}
                description={t(`export.describe.${f}`)}
                disabled={running}
              />
            ))}
          </Stack>
        </Radio.Group>
        {pdf && (
          <Radio.Group
            label={t('export.file')}
            value={file}
            onChange={(v) => {
              setFile(v as BriefFile)
              job.reset()
            }}
          >
            <Group gap="xl" mt={6} align="start" wrap="nowrap">
              {FILES.map((f) => (
                <Radio
                  key={f}
                  value={f}
                  label={t(`export.files.${f}`)}
                  description={t(`export.describeFile.${f}`)}
                  disabled={running}
                  style={{ flex: 1 }}
                />
              ))}
            </Group>
          </Radio.Group>
        )}
        {format !== 'json' && (
          <LanguageAndPaper
            language={language}
            onLanguage={setLanguage}
            pageSize={pageSize}
            onPageSize={setPageSize}
            paged={pdf}
            disabled={running}
          />
        )}
        {format === 'json' ? (
          <>
            <Alert color="orange" variant="light">
              {t('export.jsonWarning')}
            </Alert>
            <EncryptExportFields fields={sealed.fields} disabled={running} />
          </>
        ) : preview.data ? (
          <ExportPreviewCounts preview={preview.data} format={format} language={language} />
        ) : preview.error ? (
          <ErrorAlert error={preview.error} />
        ) : null}
        <ExportJobStatus
          job={job}
          onClose={onClose}
          onExport={() => {
            const passphrase = format === 'json' ? sealed.take() : undefined
            if (passphrase === false) return
            void job.start(format, language, pageSize, pdf ? file : undefined, passphrase)
          }}
        />
      </Stack>
    </AppModal>
  )
}
