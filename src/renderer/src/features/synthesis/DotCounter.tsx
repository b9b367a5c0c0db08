import { ActionIcon, Group, Text } from '@mantine/core'
import { IconMinus, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../shared/limits'

/** Dots counted from the room by the facilitator; each press is one dot, saved at once. */
export function DotCounter({
  votes,
  subject,
  onChange
}: {
  votes: number
  subject: string
  onChange: (votes: number) => void
}) {
  const { t } = useTranslation()
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        size="sm"
        variant="default"
        disabled={votes === 0}
        aria-label={t('synthesis.dotLess', { subject })}
        onClick={() => onChange(votes - 1)}
      >
        <IconMinus size={12} aria-hidden />
      </ActionIcon>
      <Text size="sm" fw={600} miw={52} ta="center" data-testid="dots">
        {t('synthesis.dots', { count: votes })}
      </Text>
      <ActionIcon
        size="sm"
        variant="default"
        disabled={votes >= LIMITS.synthesis.votes}
        aria-label={t('synthesis.dotMore', { subject })}
        onClick={() => onChange(votes + 1)}
      >
        <IconPlus size={12} aria-hidden />
      </ActionIcon>
    </Group>
  )
}
