import { Code, Group, Paper, Radio, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, LANGUAGE_NATIVE_NAMES, isLanguage } from '../../../../shared/i18n/languages'
import { call } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageHeader } from '../../components/PageHeader'
import { useSettings, useUpdateSettings } from './useSettings'

export function SettingsPage() {
  const { t } = useTranslation()
  const settings = useSettings()
  const update = useUpdateSettings()
  // Show the choice at once; fall back to the stored value if saving fails.
  const [choice, setChoice] = useState<string | null>(null)
  const info = useQuery({ queryKey: ['app-info'], queryFn: () => call('app:info') })

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack gap="lg" maw={720}>
        <Paper withBorder p="lg" radius="lg">
          <Radio.Group
            name="language"
            label={t('language.label')}
            description={t('language.description')}
            value={choice ?? settings.data?.language ?? null}
            onChange={(value) => {
              if (!isLanguage(value)) return
              setChoice(value)
              update.mutate({ language: value }, { onSettled: () => setChoice(null) })
            }}
          >
            <Group mt="sm">
              {LANGUAGES.map((lang) => (
                <Radio key={lang} value={lang} label={LANGUAGE_NATIVE_NAMES[lang]} lang={lang} />
              ))}
            </Group>
          </Radio.Group>
          {update.isSuccess && (
            <Text role="status" size="sm" c="teal.8" mt="sm">
              {t('settings.saved')}
            </Text>
          )}
          {update.error && <ErrorAlert error={update.error} />}
          {settings.error && <ErrorAlert error={settings.error} />}
        </Paper>
        <Paper withBorder p="lg" radius="lg">
          <Text size="sm" mb="xs">
            {t('settings.dataFolder')}
          </Text>
          <Code block>{info.data?.dataDir ?? '…'}</Code>
        </Paper>
      </Stack>
    </>
  )
}
