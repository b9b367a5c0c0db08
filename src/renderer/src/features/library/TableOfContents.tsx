import { Badge, Button, Group, NavLink, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { InstalledPack, OwnItem } from '../../../../shared/content/library'
import type { ItemKind } from '../../../../shared/content/schema'
import type { Language } from '../../../../shared/i18n/languages'
import { localizedText } from '../../../../shared/content/localized'

/** Reading order of the groups: the note first, then what facilitators reach for most. */
export const GROUP_ORDER: ItemKind[] = [
  'note',
  'event',
  'section',
  'case-study',
  'purpose',
  'lessons',
  'method',
  'concept',
  'topic',
  'challenge',
  'prompt',
  'glossary'
]

export function TableOfContents(props: {
  packs: InstalledPack[]
  ownItems: OwnItem[]
  current: string | null
  lang: Language
  onAddOwn: () => void
}) {
  const { t } = useTranslation()
  const { packs, ownItems, current, lang } = props
  return (
    <nav aria-label={t('library.toc')}>
      <Stack gap={4}>
        {packs.map(({ pack, origin }) =>
          GROUP_ORDER.map((kind) => {
            const items = pack.items.filter((i) => i.kind === kind).sort((a, b) => a.order - b.order)
            if (items.length === 0) return null
            const groupActive = items.some((i) => `${pack.id}:${i.id}` === current)
            return (
              <NavLink
                key={`${pack.id}-${kind}`}
                component="button"
                label={
                  <GroupLabel
                    text={`${t(`library.groups.${kind}`)}${origin === 'imported' ? ` · ${localizedText(pack.title, lang)}` : ''}`}
                    count={items.length}
                  />
                }
                defaultOpened={groupActive || kind === 'case-study'}
                childrenOffset={12}
              >
                {items.map((item) => {
                  const ref = `${pack.id}:${item.id}`
                  return (
                    <NavLink
                      key={ref}
                      component={Link}
                      href={`/library/${ref}`}
                      label={localizedText(item.title, lang)}
                      active={ref === current}
                      aria-current={ref === current ? 'page' : undefined}
                    />
                  )
                })}
              </NavLink>
            )
          })
        )}
        <NavLink
          component="button"
          label={<GroupLabel text={t('library.groups.yours')} count={ownItems.length} />}
          defaultOpened={ownItems.length > 0}
          childrenOffset={12}
        >
          {ownItems.map((own) => (
            <NavLink
              key={own.id}
              component={Link}
              href={`/library/yours:${own.id}`}
              label={own.title}
              lang={own.language}
              active={`yours:${own.id}` === current}
              rightSection={
                <Badge size="xs" variant="outline" color="grape.9" tt="none">
                  {t('library.yours')}
                </Badge>
              }
            />
          ))}
        </NavLink>
        <Button
          variant="subtle"
          size="xs"
          justify="start"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={props.onAddOwn}
        >
          {t('library.own.add')}
        </Button>
      </Stack>
    </nav>
  )
}

/** Group name with its item count; the count sits in the label so the chevron keeps its place. */
function GroupLabel({ text, count }: { text: string; count: number }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <span>{text}</span>
      <Text span size="xs" c="dimmed">
        {count}
      </Text>
    </Group>
  )
}
