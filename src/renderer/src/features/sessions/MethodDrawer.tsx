import { Badge, Button, Card, Drawer, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconPlus, IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fold } from '../../../../shared/content/search'
import type { Method } from '../../../../shared/planning/catalog-schema'
import { useLanguage } from '../../hooks/useLanguage'
import { RichText } from '../library/RichText'
import { useCatalog } from '../../api/sessions'
import { localizedText } from '../../../../shared/content/localized'

/** The method library: what each method is for, how to run it, and how to keep the room safe. */
export function MethodDrawer({
  opened,
  onClose,
  onAdd
}: {
  opened: boolean
  onClose: () => void
  onAdd: (method: Method) => void
}) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const catalog = useCatalog()
  const [query, setQuery] = useState('')
  const q = fold(query.trim())
  const methods = (catalog.data?.methods ?? []).filter(
    (m) => !q || fold(`${localizedText(m.title, lang)} ${localizedText(m.purpose, lang)}`).includes(q)
  )
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={t('sessions.methods.title')}
      position="right"
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <TextInput
          type="search"
          label={t('sessions.methods.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        {methods.map((m) => (
          <Card key={m.id} withBorder radius="md" data-testid="method-card">
            <Group justify="space-between" align="start">
              <Title order={3} size="h4">
                {localizedText(m.title, lang)}
              </Title>
              <Button
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => onAdd(m)}
                aria-label={t('sessions.methods.addNamed', { title: localizedText(m.title, lang) })}
              >
                {t('sessions.methods.add')}
              </Button>
            </Group>
            <Group gap="xs" my="xs">
              <Badge variant="outline" color="indigo.9" tt="none">
                {t('sessions.methods.duration', { min: m.durationMinutes.min, max: m.durationMinutes.max })}
              </Badge>
              <Badge variant="outline" color="gray.8" tt="none">
                {t('sessions.methods.group', { min: m.groupSize.min, max: m.groupSize.max })}
              </Badge>
            </Group>
            <Text size="sm" mb="xs">
              {localizedText(m.purpose, lang)}
            </Text>
            <Title order={4} size="h6">
              {t('sessions.methods.steps')}
            </Title>
            <RichText text={localizedText(m.steps, lang)} />
            <Title order={4} size="h6">
              {t('sessions.methods.materials')}
            </Title>
            <RichText text={localizedText(m.materials, lang)} />
            <Title order={4} size="h6" c="red.9">
              {t('sessions.methods.safeguarding')}
            </Title>
            <RichText text={localizedText(m.safeguarding, lang)} />
            {m.online && (
              <>
                <Title order={4} size="h6">
                  {t('sessions.methods.online')}
                </Title>
                <RichText text={localizedText(m.online, lang)} />
              </>
            )}
          </Card>
        ))}
      </Stack>
    </Drawer>
  )
}
