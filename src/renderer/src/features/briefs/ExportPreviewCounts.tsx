import { List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ExportPreview } from '../../../../shared/pdf'

/** What leaves the notebook and what stays, with the reason, before anything is written. */
export function ExportPreviewCounts({ preview }: { preview: ExportPreview }) {
  const { t } = useTranslation()
  const { excluded, speakersRemoved } = preview
  return (
    <div data-testid="export-preview">
      <Text fw={600} size="sm">
        {t('export.preview.included', { count: preview.included, total: preview.total })}
      </Text>
      <List size="sm" spacing={2} mt={4}>
        {excluded.internal > 0 && (
          <List.Item>{t('export.preview.internal', { count: excluded.internal })}</List.Item>
        )}
        {excluded['not-for-export'] > 0 && (
          <List.Item>{t('export.preview.notForExport', { count: excluded['not-for-export'] })}</List.Item>
        )}
        {excluded['quotes-not-allowed'] > 0 && (
          <List.Item>{t('export.preview.quotes', { count: excluded['quotes-not-allowed'] })}</List.Item>
        )}
        {speakersRemoved.anonymous + speakersRemoved['chatham-house'] > 0 && (
          <List.Item>
            {t('export.preview.speakers', {
              count: speakersRemoved.anonymous + speakersRemoved['chatham-house']
            })}
          </List.Item>
        )}
        <List.Item>
          {t('export.preview.more', {
            clusters: preview.clusters,
            actions: preview.actions,
            steps: preview.journeySteps,
            personas: preview.personas
          })}
        </List.Item>
      </List>
    </div>
  )
}
