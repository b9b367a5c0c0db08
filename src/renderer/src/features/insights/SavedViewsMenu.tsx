import { ActionIcon, Button, Group, Menu, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { InsightQuery } from '../../../../shared/insights/query'
import { LIMITS } from '../../../../shared/limits'
import { useDeleteView, useSaveView, useViews } from '../../api/insights'
import { PromptDialog } from '../../components/PromptDialog'

/** Save the current search and filters under a name; reopen or delete saved ones. */
export function SavedViewsMenu({
  query,
  onOpen
}: {
  query: InsightQuery
  onOpen: (query: InsightQuery) => void
}) {
  const { t } = useTranslation()
  const views = useViews()
  const save = useSaveView()
  const remove = useDeleteView()
  const [naming, setNaming] = useState(false)
  return (
    <>
      <Button variant="default" onClick={() => setNaming(true)} data-testid="save-view">
        {t('insights.saveView')}
      </Button>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button variant="default" data-testid="saved-views">
            {t('insights.savedViews', { count: views.data?.length ?? 0 })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown aria-label={t('insights.savedViewsLabel')}>
          {(views.data ?? []).length === 0 && (
            <Text size="sm" c="dimmed" p="xs">
              {t('insights.noSavedViews')}
            </Text>
          )}
          {(views.data ?? []).map((view) => (
            <Group key={view.id} gap={0} wrap="nowrap">
              <Menu.Item onClick={() => onOpen(view.query)} style={{ flex: 1 }}>
                {view.name}
              </Menu.Item>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('insights.deleteView', { name: view.name })}
                onClick={() => remove.mutate({ viewId: view.id })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Menu.Dropdown>
      </Menu>
      <PromptDialog
        opened={naming}
        title={t('insights.saveViewTitle')}
        label={t('insights.viewName')}
        requiredMessage={t('insights.nameRequired')}
        maxLength={LIMITS.insights.viewName}
        submitLabel={t('common.save')}
        loading={save.isPending}
        error={save.error}
        onCancel={() => setNaming(false)}
        onSubmit={(name) => save.mutate({ name, query }, { onSuccess: () => setNaming(false) })}
      />
    </>
  )
}
