import { Button, Paper, Stack, Text, Title } from '@mantine/core'
import { IconArrowRight } from '@tabler/icons-react'
import { useId, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { formatInstantTime } from '../../../../shared/pdf/format'
import type { Session } from '../../../../shared/planning/session'
import direction from '../../components/direction.module.css'
import { useLanguage } from '../../hooks/useLanguage'
import classes from './LiveEnded.module.css'

/**
 * In place of the clock once live mode has ended: when it ended (in the session's time zone, as
 * the briefs say it), the last block, and the way on to synthesis. The heading takes focus when
 * the facilitator ends live mode, so a screen reader says what happened.
 */
export function LiveEnded({
  session,
  endedAt,
  headingRef
}: {
  session: Session
  endedAt: string
  headingRef?: Ref<HTMLHeadingElement>
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const last = session.blocks.at(-1)
  const headingId = useId()
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="lg"
      p="lg"
      data-testid="live-ended"
    >
      <Stack gap="sm" align="flex-start">
        <Title order={3} size="h2" id={headingId} ref={headingRef} tabIndex={-1} className={classes.heading}>
          {t('capture.ended.title', { time: formatInstantTime(language, endedAt, session.timeZone) })}
        </Title>
        {last && (
          <Text size="sm" c="dimmed">
            {t('capture.ended.lastBlock')} <bdi>{last.title}</bdi>
          </Text>
        )}
        <Text size="sm">{t('capture.ended.body')}</Text>
        <Button
          component={Link}
          href={`/sessions/${session.id}/synthesis`}
          rightSection={<IconArrowRight size={16} className={direction.mirrored} aria-hidden />}
        >
          {t('capture.ended.synthesis')}
        </Button>
      </Stack>
    </Paper>
  )
}
