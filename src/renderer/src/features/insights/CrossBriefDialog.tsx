import { Button, Group, List, Radio, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardExportFormat } from '../../../../shared/domain/export'
import type { Language } from '../../../../shared/i18n/languages'
import type { CrossSessionPreview } from '../../../../shared/pdf'
import { call } from '../../api/client'
import { AppModal } from '../../components/AppModal'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useLanguage } from '../../hooks/useLanguage'
import { ConsentLines, ExportJobStatus, LanguageAndPaper } from '../briefs/ExportJobStatus'
import { useDeliveryJob } from '../briefs/useExport'

const BOARD_EXPORT_FORMATS: BoardExportFormat[] = ['pdf', 'docx', 'markdown']

/** Opens the cross-session brief's export for a board. */
export function CrossBriefButton({ boardId, disabled }: { boardId: string; disabled: boolean }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button disabled={disabled} onClick={() => setOpen(true)} data-testid="export-board">
        {t('insights.board.export')}
      </Button>
      {open && <CrossBriefDialog boardId={boardId} onClose={() => setOpen(false)} />}
    </>
  )
}

/**
 * The board as a brief for a council: PDF, Word or Markdown, in a chosen language and paper size.
 * The preview says what will leave and why the rest stays, note by note under each note's own
 * session's consent rules, worked out by the same code as the file.
 */
function CrossBriefDialog({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const [format, setFormat] = useState<BoardExportFormat>('pdf')
  const [language, setLanguage] = useState<Language>(useLanguage())
  const [pageSize, setPageSize] = useState<'A4' | 'LETTER'>('A4')
  const preview = useQuery({
    queryKey: ['insights', 'board-export-preview', boardId],
    queryFn: () => call('boards:export-preview', { boardId })
  })
  const job = useDeliveryJob()
  const running = job.state.phase === 'running'
  return (
    <AppModal
      opened
      onClose={running ? () => undefined : onClose}
      title={t('insights.brief.title')}
      size="lg"
    >
      <Stack>
        <Radio.Group
          label={t('insights.brief.format')}
          value={format}
          onChange={(v) => {
            setFormat(v as BoardExportFormat)
            job.reset()
          }}
        >
          <Group gap="xl" mt={6} align="start">
            {BOARD_EXPORT_FORMATS.map((f) => (
              <Radio key={f} value={f} label={t(`insights.brief.formats.${f}`)} disabled={running} />
            ))}
          </Group>
        </Radio.Group>
        <LanguageAndPaper
          language={language}
          onLanguage={setLanguage}
          pageSize={pageSize}
          onPageSize={setPageSize}
          paged={format !== 'markdown'}
          disabled={running}
        />
        {preview.data && <PreviewCounts preview={preview.data} />}
        {preview.error && <ErrorAlert error={preview.error} />}
        <ExportJobStatus
          job={job}
          onClose={onClose}
          onExport={() =>
            void job.run((jobId) => call('boards:export', { boardId, jobId, format, language, pageSize }))
          }
        />
      </Stack>
    </AppModal>
  )
}

function PreviewCounts({ preview }: { preview: CrossSessionPreview }) {
  const { t } = useTranslation()
  return (
    <div data-testid="board-export-preview" aria-live="polite">
      <ConsentLines counts={preview} quotesLine={(count) => t('insights.brief.quotes', { count })}>
        <List.Item>
          {t('insights.brief.scope', {
            themes: preview.themes,
            sessions: preview.sessions,
            places: preview.places
          })}
        </List.Item>
      </ConsentLines>
    </div>
  )
}
