import { Button, Menu, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import type { InsightQuery } from '../../../../shared/insights/query'
import { LIMITS } from '../../../../shared/limits'
import { useBoards, useCreateBoard } from '../../api/insights'
import { PromptDialog } from '../../components/PromptDialog'

/** Cross-session boards: open one, or start one from the view on screen. */
export function BoardsMenu({ query }: { query: InsightQuery }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const boards = useBoards()
  const create = useCreateBoard()
  const [naming, setNaming] = useState(false)
  return (
    <>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button variant="default" data-testid="boards-menu">
            {t('insights.boards', { count: boards.data?.length ?? 0 })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown aria-label={t('insights.boardsLabel')}>
          <Menu.Item onClick={() => setNaming(true)} data-testid="new-board">
            {t('insights.newBoard')}
          </Menu.Item>
          <Menu.Divider />
          {(boards.data ?? []).length === 0 && (
            <Text size="sm" c="dimmed" p="xs">
              {t('insights.noBoards')}
            </Text>
          )}
          {(boards.data ?? []).map((board) => (
            <Menu.Item key={board.id} onClick={() => navigate(`/insights/boards/${board.id}`)}>
              {board.name}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <PromptDialog
        opened={naming}
        title={t('insights.newBoardTitle')}
        label={t('insights.boardName')}
        requiredMessage={t('insights.nameRequired')}
        maxLength={LIMITS.insights.viewName}
        submitLabel={t('insights.createBoard')}
        loading={create.isPending}
        error={create.error}
        onCancel={() => setNaming(false)}
        onSubmit={(name) =>
          create.mutate(
            { name, query },
            {
              onSuccess: ({ value }) => {
                setNaming(false)
                navigate(`/insights/boards/${value.id}`)
              }
            }
          )
        }
      />
    </>
  )
}
