import { Alert, Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { suggestCuts, type Cut } from '../../../../shared/planning/schedule'
import type { AgendaBlock } from '../../../../shared/planning/session'
import { intlLocale } from '../../../../shared/i18n/languages'

/** Says how far the plan runs past its planned end, and offers to shorten unprotected blocks. */
export function OverrunAlert({
  overrunMinutes,
  blocks,
  onApply
}: {
  overrunMinutes: number
  blocks: AgendaBlock[]
  onApply: (cuts: Cut[]) => void
}) {
  const { t, i18n } = useTranslation()
  if (overrunMinutes <= 0) return null
  const { cuts } = suggestCuts(blocks, overrunMinutes)
  const list = new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' }).format(
    cuts.map((c) =>
      t('sessions.agenda.cut', {
        title: blocks.find((b) => b.id === c.id)?.title ?? '',
        from: c.from,
        to: c.to
      })
    )
  )
  return (
    <Alert color="orange" variant="light" role="alert" mb="sm" data-testid="overrun">
      {t('sessions.agenda.overrun', { minutes: overrunMinutes })}
      {cuts.length > 0 && (
        <Group justify="space-between" mt="xs" gap="xs">
          <Text size="sm">{t('sessions.agenda.suggest', { list })}</Text>
          <Button size="xs" variant="white" onClick={() => onApply(cuts)}>
            {t('sessions.agenda.applyCuts')}
          </Button>
        </Group>
      )}
    </Alert>
  )
}
