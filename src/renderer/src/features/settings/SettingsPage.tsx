import { keys } from '../../api/keys'
import { Code, Group, Paper, Radio, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, LANGUAGE_NATIVE_NAMES } from '../../../../shared/i18n/languages'
import { call } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageHeader } from '../../components/PageHeader'
import { ErasePseudonym } from './ErasePseudonym'
import { ProtectSection } from '../lock/ProtectSection'
import { useSaveLanguage } from './save-language'

export function SettingsPage() {
  const { t, i18n } = useTranslation()
  // Shows the choice at once; falls back to the applied language if saving fails.
  const language = useSaveLanguage()
  const info = useQuery({ queryKey: keys.appInfo, queryFn: () => call('app:info') })

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack gap="lg" maw={720}>
        <Paper withBorder p="lg" radius="lg">
          <Radio.Group
            name="language"
            label={t('language.label')}
            description={t('language.description')}
            value={language.pending ?? i18n.language}
            onChange={language.save}
          >
            <Group mt="sm">
              {LANGUAGES.map((lang) => (
                <Radio key={lang} value={lang} label={LANGUAGE_NATIVE_NAMES[lang]} lang={lang} />
              ))}
            </Group>
          </Radio.Group>
          {language.saved && (
            <Text role="status" size="sm" c="teal.8" mt="sm">
              {t('settings.saved')}
            </Text>
          )}
          {language.error !== null && <ErrorAlert error={language.error} />}
        </Paper>
        <ProtectSection />
        <Paper withBorder p="lg" radius="lg">
          <Text size="sm" mb="xs">
            {t('settings.dataFolder')}
          </Text>
          <Code block>{info.data?.dataDir ?? '…'}</Code>
        </Paper>
        <ErasePseudonym />
      </Stack>
    </>
  )
}
