import { ActionIcon, Anchor, Checkbox, Group, Table, Text, TextInput } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconNotes, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { LIMITS } from '../../../../shared/limits'
import type { AgendaBlock } from '../../../../shared/planning/session'
import { DurationInput } from './DurationInput'

interface Props {
  block: AgendaBlock
  index: number
  count: number
  methodName: string
  linkLabel: (ref: string) => string
  onChange: (patch: Partial<AgendaBlock>) => void
  onMove: (delta: number) => void
  onDetails: () => void
  onRemove: () => void
}

/** The editable cells of one agenda row (the drag handle and time cells belong to the row). */
export function BlockCells({
  block: b,
  index: i,
  count,
  methodName,
  linkLabel,
  onChange,
  onMove,
  onDetails,
  onRemove
}: Props) {
  const { t } = useTranslation()
  return (
    <>
      <Table.Td>
        <TextInput
          key={`${b.id}-${b.title}`}
          aria-label={t('sessions.agenda.blockTitle', { n: i + 1 })}
          dir="auto"
          defaultValue={b.title}
          maxLength={LIMITS.block.title}
          onBlur={(e) =>
            e.currentTarget.value.trim() &&
            e.currentTarget.value !== b.title &&
            onChange({ title: e.currentTarget.value.trim() })
          }
        />
        {b.links.length > 0 && (
          <Group gap={6} mt={4}>
            {b.links.map((ref) => (
              <Anchor key={ref} component={Link} href={`/library/${ref}`} size="xs">
                {linkLabel(ref)}
              </Anchor>
            ))}
          </Group>
        )}
        {b.methodId && (
          <Text size="xs" c="dimmed" mt={2}>
            {methodName}
          </Text>
        )}
      </Table.Td>
      <Table.Td w={110}>
        <DurationInput
          key={`${b.id}-${b.durationMinutes}`}
          label={t('sessions.agenda.duration', { n: i + 1 })}
          minutes={b.durationMinutes}
          onCommit={(v) => onChange({ durationMinutes: v })}
        />
      </Table.Td>
      <Table.Td>
        <Checkbox
          aria-label={t('sessions.agenda.breakFor', { n: i + 1 })}
          checked={b.kind === 'break'}
          onChange={(e) => onChange({ kind: e.currentTarget.checked ? 'break' : 'activity' })}
        />
      </Table.Td>
      <Table.Td>
        <Checkbox
          aria-label={t('sessions.agenda.protectedFor', { n: i + 1 })}
          checked={b.protected}
          onChange={(e) => onChange({ protected: e.currentTarget.checked })}
        />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            id={`move-up-${b.id}`}
            variant="subtle"
            aria-label={t('sessions.agenda.moveUp', { title: b.title })}
            disabled={i === 0}
            onClick={() => onMove(-1)}
          >
            <IconArrowUp size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            id={`move-down-${b.id}`}
            variant="subtle"
            aria-label={t('sessions.agenda.moveDown', { title: b.title })}
            disabled={i === count - 1}
            onClick={() => onMove(1)}
          >
            <IconArrowDown size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('sessions.agenda.details', { title: b.title })}
            onClick={onDetails}
          >
            <IconNotes size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red.9"
            aria-label={t('sessions.agenda.remove', { title: b.title })}
            onClick={onRemove}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Table.Td>
    </>
  )
}
