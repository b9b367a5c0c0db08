import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden
} from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActionItem } from '../../../../shared/planning/synthesis'
import { LIMITS } from '../../../../shared/limits'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useSynthesisMutations } from './useSynthesis'

/** What the room agreed to do next: who does it and by when. */
export function ActionsPanel({ sessionId, actions }: { sessionId: string; actions: ActionItem[] }) {
  const { t } = useTranslation()
  const { addAction, updateAction, deleteAction } = useSynthesisMutations(sessionId)
  const [text, setText] = useState('')
  const [owner, setOwner] = useState('')
  const [due, setDue] = useState('')
  const [missing, setMissing] = useState(false)
  const error = addAction.error ?? updateAction.error ?? deleteAction.error
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="actions-title">
      <Stack>
        <Title order={3} size="h4" id="actions-title">
          {t('synthesis.actions.title')}
        </Title>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            if (!text.trim()) return setMissing(true)
            setMissing(false)
            addAction.mutate(
              { text: text.trim(), owner: owner.trim(), due: due || null },
              {
                onSuccess: () => {
                  setText('')
                  setOwner('')
                  setDue('')
                }
              }
            )
          }}
        >
          <Group align="end" wrap="wrap">
            <TextInput
              label={t('synthesis.actions.what')}
              dir="auto"
              value={text}
              maxLength={LIMITS.synthesis.actionText}
              required
              error={missing ? t('synthesis.actions.required') : undefined}
              onChange={(e) => setText(e.currentTarget.value)}
              style={{ flex: '2 1 240px' }}
            />
            <TextInput
              label={t('synthesis.actions.owner')}
              value={owner}
              maxLength={LIMITS.synthesis.actionOwner}
              onChange={(e) => setOwner(e.currentTarget.value)}
              style={{ flex: '1 1 160px' }}
            />
            <TextInput
              type="date"
              label={t('synthesis.actions.due')}
              value={due}
              onChange={(e) => setDue(e.currentTarget.value)}
              style={{ flex: '0 1 170px' }}
            />
            <Button type="submit" loading={addAction.isPending}>
              {t('synthesis.actions.add')}
            </Button>
          </Group>
        </form>
        {error && <ErrorAlert error={error} />}
        {actions.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('synthesis.actions.empty')}
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('synthesis.actions.what')}</Table.Th>
                <Table.Th>{t('synthesis.actions.owner')}</Table.Th>
                <Table.Th>{t('synthesis.actions.due')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common.delete')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {actions.map((a) => (
                <Table.Tr key={a.id} data-testid="action-item">
                  <Table.Td>
                    <Checkbox
                      label={a.text}
                      checked={a.done}
                      onChange={(e) =>
                        updateAction.mutate({ actionId: a.id, patch: { done: e.currentTarget.checked } })
                      }
                      styles={{ label: { textDecoration: a.done ? 'line-through' : undefined } }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t('synthesis.actions.ownerOf', { text: a.text })}
                      defaultValue={a.owner}
                      maxLength={LIMITS.synthesis.actionOwner}
                      onBlur={(e) => {
                        const value = e.currentTarget.value.trim()
                        if (value !== a.owner)
                          updateAction.mutate({ actionId: a.id, patch: { owner: value } })
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      type="date"
                      aria-label={t('synthesis.actions.dueOf', { text: a.text })}
                      defaultValue={a.due ?? ''}
                      onBlur={(e) => {
                        const value = e.currentTarget.value || null
                        if (value !== a.due) updateAction.mutate({ actionId: a.id, patch: { due: value } })
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      aria-label={t('synthesis.actions.remove', { text: a.text })}
                      disabled={deleteAction.pending.some((v) => v.actionId === a.id)}
                      onClick={() => deleteAction.mutate({ actionId: a.id })}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  )
}
