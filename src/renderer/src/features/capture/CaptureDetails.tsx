import { MultiSelect, NativeSelect, Paper, Stack, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CONSENT_FLAGS } from '../../../../shared/planning/capture'
import { LIMITS } from '../../../../shared/limits'
import { useLinkOptions } from '../library/useLinkOptions'
import type { CaptureSettings } from './useCaptureSettings'

/** Speaker, consent and links for the next notes: set once, rarely touched while typing. */
export function CaptureDetails({
  settings,
  chathamHouse
}: {
  settings: CaptureSettings
  chathamHouse: boolean
}) {
  const { t } = useTranslation()
  const { groups } = useLinkOptions()
  return (
    <Paper withBorder radius="lg" p="md" data-testid="capture-details">
      <Stack gap="sm">
        <TextInput
          label={t('capture.speaker')}
          description={
            settings.consent === 'anonymous' ? t('capture.speakerAnonymous') : t('capture.speakerHelp')
          }
          maxLength={LIMITS.note.speaker}
          value={settings.speaker}
          disabled={settings.consent === 'anonymous'}
          onChange={(e) => settings.setSpeaker(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('capture.consent')}
          description={chathamHouse ? t('capture.consentDefault.chatham') : t('capture.consentDefault.open')}
          value={settings.consent}
          onChange={(e) => settings.setConsent(e.currentTarget.value as CaptureSettings['consent'])}
          data={CONSENT_FLAGS.map((c) => ({ value: c, label: t(`capture.consents.${c}`) }))}
          data-testid="capture-consent"
        />
        <MultiSelect
          label={t('capture.links')}
          description={t('capture.linksHelp')}
          data={groups}
          value={settings.links}
          maxValues={10}
          searchable
          clearable
          onChange={settings.setLinks}
        />
      </Stack>
    </Paper>
  )
}
