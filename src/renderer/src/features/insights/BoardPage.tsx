import { ActionIcon, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useParams } from 'wouter'
import type { Board, NoteRef } from '../../../../shared/insights/board'
import type { InsightRow } from '../../../../shared/insights/query'
import { LIMITS } from '../../../../shared/limits'
import { useBoard, useBoardChange, useDeleteBoard, useInsightsPage } from '../../api/insights'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageHeader } from '../../components/PageHeader'
import { PromptDialog } from '../../components/PromptDialog'
import { CrossBriefButton } from './CrossBriefDialog'
import { InsightList } from './InsightList'
import { InsightRowView } from './InsightRowView'
import { insightsHref } from './useInsightQuery'
import classes from './Insights.module.css'

const OFF = ''
const keyOf = (ref: NoteRef) => `${ref.sessionId}/${ref.noteId}`

/**
 * A cross-session synthesis board: named themes holding notes from many sessions. Below, the
 * board's view (the search it was started from) lists notes to place; votes come along as information.
 */
export function BoardPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams<{ id: string }>()
  const [, navigate] = useLocation()
  const view = useBoard(id)
  const addTheme = useBoardChange('boards:add-theme')
  const place = useBoardChange('boards:place')
  const removeBoard = useDeleteBoard()
  const [theme, setTheme] = useState('')
  const [words, setWords] = useState('')
  const [deleting, setDeleting] = useState(false)

  if (view.error) return <ErrorAlert error={view.error} />
  if (!view.data) return null
  const { board, notes } = view.data
  const themeOfNote = new Map(board.themes.flatMap((th) => th.notes.map((n) => [keyOf(n), th.id] as const)))
  const placeIn = (row: InsightRow, themeId: string) =>
    place.mutate({
      boardId: id,
      note: { sessionId: row.sessionId, noteId: row.noteId },
      themeId: themeId || null
    })
  const placeSelect = (row: InsightRow) => (
    <NativeSelect
      size="xs"
      aria-label={t('insights.board.placeIn', { text: row.text.slice(0, 40) })}
      data={[
        { value: OFF, label: t('insights.board.notPlaced') },
        ...board.themes.map((th) => ({ value: th.id, label: th.name }))
      ]}
      value={themeOfNote.get(keyOf(row)) ?? OFF}
      onChange={(e) => placeIn(row, e.currentTarget.value)}
      data-testid="place-select"
    />
  )

  return (
    <Stack gap="md">
      <PageHeader title={board.name} description={t('insights.board.description')} />
      <Group gap="sm">
        <Button component={Link} href={insightsHref(board.query)} variant="default">
          {t('insights.board.backToView')}
        </Button>
        <CrossBriefButton boardId={id} disabled={board.themes.every((th) => th.notes.length === 0)} />
        <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
          {t('insights.board.delete')}
        </Button>
      </Group>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          if (!theme.trim()) return
          addTheme.mutate({ boardId: id, name: theme.trim() }, { onSuccess: () => setTheme('') })
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('insights.board.newTheme')}
            maxLength={LIMITS.insights.themeName}
            value={theme}
            onChange={(e) => setTheme(e.currentTarget.value)}
            data-testid="new-theme"
          />
          <Button type="submit" loading={addTheme.isPending}>
            {t('insights.board.addTheme')}
          </Button>
        </Group>
      </form>
      {(addTheme.error ?? place.error) && <ErrorAlert error={addTheme.error ?? place.error} />}
      <div className={classes.themes}>
        {board.themes.map((th) => (
          <ThemeCard key={th.id} board={board} themeId={th.id} notes={notes} action={placeSelect} />
        ))}
      </div>
      <Title order={3}>{t('insights.board.findNotes')}</Title>
      <TextInput
        type="search"
        label={t('insights.search')}
        value={words}
        maxLength={LIMITS.insights.query}
        onChange={(e) => setWords(e.currentTarget.value)}
        data-testid="board-search"
      />
      <BoardResults board={board} words={words} action={placeSelect} />
      <ConfirmDialog
        opened={deleting}
        title={t('insights.board.delete')}
        message={t('insights.board.deleteMessage', { name: board.name })}
        confirmLabel={t('insights.board.delete')}
        destructive
        loading={removeBoard.isPending}
        error={removeBoard.error}
        onCancel={() => setDeleting(false)}
        onConfirm={() => removeBoard.mutate({ boardId: id }, { onSuccess: () => navigate('/insights') })}
      />
    </Stack>
  )
}

function BoardResults({
  board,
  words,
  action
}: {
  board: Board
  words: string
  action: (row: InsightRow) => React.ReactNode
}) {
  const { t } = useTranslation()
  const query = { ...board.query, q: [board.query.q, words].filter(Boolean).join(' ') }
  const first = useInsightsPage(query, 0)
  if (!first.data) return null
  return (
    <InsightList
      key={JSON.stringify(query)}
      query={query}
      total={first.data.total}
      terms={first.data.terms}
      label={t('insights.listLabel')}
      action={action}
    />
  )
}

function ThemeCard({
  board,
  themeId,
  notes,
  action
}: {
  board: Board
  themeId: string
  notes: Record<string, InsightRow>
  action: (row: InsightRow) => React.ReactNode
}) {
  const { t } = useTranslation()
  const rename = useBoardChange('boards:rename-theme')
  const remove = useBoardChange('boards:delete-theme')
  const [renaming, setRenaming] = useState(false)
  const theme = board.themes.find((th) => th.id === themeId)
  if (!theme) return null
  const rows = theme.notes.map((ref) => notes[keyOf(ref)]).filter((r): r is InsightRow => Boolean(r))
  return (
    <Card withBorder padding="sm" component="section" aria-label={theme.name} data-testid="theme">
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Title order={4}>{theme.name}</Title>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            aria-label={t('insights.board.renameTheme', { name: theme.name })}
            onClick={() => setRenaming(true)}
          >
            <IconPencil size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('insights.board.deleteTheme', { name: theme.name })}
            onClick={() => remove.mutate({ boardId: board.id, themeId })}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t('insights.board.themeCount', {
          count: rows.length,
          sessions: new Set(rows.map((r) => r.sessionId)).size
        })}
      </Text>
      <Stack gap={6}>
        {rows.map((row) => (
          <InsightRowView key={keyOf(row)} row={row} terms={[]} action={action(row)} />
        ))}
      </Stack>
      <PromptDialog
        opened={renaming}
        title={t('insights.board.renameTheme', { name: theme.name })}
        label={t('insights.board.themeName')}
        initialValue={theme.name}
        requiredMessage={t('insights.nameRequired')}
        maxLength={LIMITS.insights.themeName}
        submitLabel={t('common.save')}
        loading={rename.isPending}
        error={rename.error}
        onCancel={() => setRenaming(false)}
        onSubmit={(name) =>
          rename.mutate({ boardId: board.id, themeId, name }, { onSuccess: () => setRenaming(false) })
        }
      />
    </Card>
  )
}
