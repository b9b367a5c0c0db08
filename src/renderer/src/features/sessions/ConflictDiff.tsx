import { List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The fields where the kept edits differ from the current version, with the text the user typed. */
export function ConflictDiff<T extends object>({
  mine,
  current,
  labelOf
}: {
  mine: T
  current: T
  labelOf: (key: string) => string
}) {
  const { t } = useTranslation()
  const changed = Object.keys(mine).filter(
    (key) =>
      JSON.stringify((mine as Record<string, unknown>)[key]) !==
      JSON.stringify((current as Record<string, unknown>)[key])
  )
  if (changed.length === 0) return null
  return (
    <>
      <Text size="sm" fw={600} mt="xs">
        {t('conflict.yourText')}
      </Text>
      <List size="sm" data-testid="conflict-mine">
        {changed.map((key) => {
          const value = (mine as Record<string, unknown>)[key]
          return (
            <List.Item key={key}>
              <strong>{labelOf(key)}</strong> —{' '}
              {typeof value === 'string' ? value || '—' : JSON.stringify(value)}
            </List.Item>
          )
        })}
      </List>
    </>
  )
}
