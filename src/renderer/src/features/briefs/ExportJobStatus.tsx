import {
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  Progress,
  SegmentedControl,
  Stack,
  Text
} from '@mantine/core'
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConsentCounts } from '../../../../shared/pdf'
import type { PageSize } from '../../../../shared/pdf/types'
import {
  LANGUAGES,
  LANGUAGE_NATIVE_NAMES,
  isLanguage,
  type Language
} from '../../../../shared/i18n/languages'
import { ErrorAlert } from '../../components/ErrorAlert'
import type { useDeliveryJob } from './useExport'

type Job = Pick<ReturnType<typeof useDeliveryJob>, 'state' | 'cancel'>

/**
 * The foot of every export dialog: progress while it runs (with Cancel), where the file went, why
 * it failed, and the Export button.
 */
export function ExportJobStatus({
  job,
  onClose,
  onExport
}: {
  job: Job
  onClose: () => void
  onExport: () => void
}) {
  const { t } = useTranslation()
  const running = job.state.phase === 'running'
  const progress = job.state.phase === 'running' ? job.state.progress : null
  return (
    <>
      {running && (
        <Stack gap={4} role="status">
          <Text size="sm">
            {progress?.pages
              ? t('export.progressPages', {
                  percent: Math.round(progress.fraction * 100),
                  pages: progress.pages
                })
              : t('export.progress')}
          </Text>
          <Progress value={Math.round((progress?.fraction ?? 0) * 100)} animated aria-hidden />
        </Stack>
      )}
      {job.state.phase === 'done' && (
        <Alert color="teal" variant="light" role="status" data-testid="export-done">
          {job.state.delivery.savedTo
            ? t('export.saved', { path: job.state.delivery.savedTo })
            : t('export.downloaded', { name: job.state.delivery.fileName })}
        </Alert>
      )}
      {job.state.phase === 'failed' && <ErrorAlert error={job.state.error} />}
      <Group justify="flex-end">
        {running ? (
          <Button variant="default" onClick={job.cancel}>
            {t('export.cancel')}
          </Button>
        ) : (
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        )}
        <Button loading={running} onClick={onExport}>
          {t('export.go')}
        </Button>
      </Group>
    </>
  )
}

/** Which notes leave and why the others stay: the lines every notes export previews. */
export function ConsentLines({
  counts,
  quotesLine,
  children
}: {
  counts: ConsentCounts
  /** How the left-out quotes are explained (one session's rule, or each note's own session's). */
  quotesLine: (count: number) => string
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const { excluded, speakersRemoved } = counts
  const speakers = speakersRemoved.anonymous + speakersRemoved['chatham-house']
  return (
    <>
      <Text fw={600} size="sm">
        {t('export.preview.included', { count: counts.included, total: counts.total })}
      </Text>
      <List size="sm" spacing={2} mt={4}>
        {excluded.internal > 0 && (
          <List.Item>{t('export.preview.internal', { count: excluded.internal })}</List.Item>
        )}
        {excluded['not-for-export'] > 0 && (
          <List.Item>{t('export.preview.notForExport', { count: excluded['not-for-export'] })}</List.Item>
        )}
        {excluded['quotes-not-allowed'] > 0 && (
          <List.Item>{quotesLine(excluded['quotes-not-allowed'])}</List.Item>
        )}
        {speakers > 0 && <List.Item>{t('export.preview.speakers', { count: speakers })}</List.Item>}
        {children}
      </List>
    </>
  )
}

/** The document's language (independent of the app's) and, for paged files, its paper. */
export function LanguageAndPaper({
  language,
  onLanguage,
  pageSize,
  onPageSize,
  paged,
  disabled
}: {
  language: Language
  onLanguage: (language: Language) => void
  pageSize: PageSize
  onPageSize: (size: PageSize) => void
  /** False for Markdown: no paper to choose. */
  paged: boolean
  disabled: boolean
}) {
  const { t } = useTranslation()
  const paperLabel = useId()
  return (
    <Group grow align="end">
      <NativeSelect
        label={t('export.language')}
        value={language}
        disabled={disabled}
        onChange={(e) => isLanguage(e.currentTarget.value) && onLanguage(e.currentTarget.value)}
        data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NATIVE_NAMES[l] }))}
      />
      {paged && (
        <div>
          <Text size="sm" fw={500} mb={4} id={paperLabel}>
            {t('export.pageSize')}
          </Text>
          <SegmentedControl
            aria-labelledby={paperLabel}
            value={pageSize}
            disabled={disabled}
            onChange={(v) => onPageSize(v as PageSize)}
            data={[
              { value: 'A4', label: 'A4' },
              { value: 'LETTER', label: t('export.letter') }
            ]}
          />
        </div>
      )}
    </Group>
  )
}
