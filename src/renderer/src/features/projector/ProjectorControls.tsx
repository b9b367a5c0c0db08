import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconEye, IconEyeOff, IconPresentation } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGE_NATIVE_NAMES, LANGUAGES, isLanguage } from '../../../../shared/i18n/languages'
import { openProjectorView, useProjectorView, useSetProjector } from '../../api/projector'
import { ErrorAlert } from '../../components/ErrorAlert'

/** The facilitator's side of the projector, in live mode: open it, blank it, pick its languages. */
export function ProjectorControls({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation()
  // Slower than the projector itself: only to show a blank made by B on the projector.
  const view = useProjectorView(sessionId, 3000)
  const set = useSetProjector(sessionId)
  const [openError, setOpenError] = useState<unknown>(null)
  const settings = view.data?.settings
  const blank = settings?.blank ?? false
  const languages = settings?.languages ?? []
  const open = () => {
    setOpenError(null)
    openProjectorView(sessionId).catch(setOpenError)
  }
  return (
    <Paper withBorder radius="lg" p="md" data-testid="projector-controls">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('projector.title')}
          </Title>
          {blank && (
            <Badge color="dark" variant="filled" tt="none">
              {t('projector.isBlank')}
            </Badge>
          )}
        </Group>
        <div>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPresentation size={16} aria-hidden />}
            onClick={open}
          >
            {t('projector.open')}
          </Button>
          <Text size="xs" c="dimmed" mt={4}>
            {t('projector.openHint')}
          </Text>
        </div>
        <div>
          <Button
            size="xs"
            color={blank ? 'teal.9' : 'dark'}
            variant={blank ? 'filled' : 'outline'}
            leftSection={blank ? <IconEye size={16} aria-hidden /> : <IconEyeOff size={16} aria-hidden />}
            disabled={!settings}
            onClick={() => set.mutate({ blank: !blank })}
          >
            {blank ? t('projector.unblank') : t('projector.blank')}
          </Button>
          <Text size="xs" c="dimmed" mt={4}>
            {t('projector.blankHint')}
          </Text>
        </div>
        <Checkbox.Group
          label={t('projector.languages')}
          description={t('projector.languagesHint')}
          value={languages}
          onChange={(next) => {
            const chosen = next.filter(isLanguage)
            if (chosen.length >= 1 && chosen.length <= 2) set.mutate({ languages: chosen })
          }}
        >
          <Group gap="md" mt={6}>
            {LANGUAGES.map((lang) => {
              const checked = languages.includes(lang)
              const locked = (checked && languages.length === 1) || (!checked && languages.length >= 2)
              return (
                <Checkbox
                  key={lang}
                  value={lang}
                  label={<span lang={lang}>{LANGUAGE_NATIVE_NAMES[lang]}</span>}
                  disabled={!settings || locked}
                />
              )
            })}
          </Group>
        </Checkbox.Group>
        {(set.error ?? openError) ? <ErrorAlert error={set.error ?? openError} /> : null}
      </Stack>
    </Paper>
  )
}
