import { Anchor, Badge, Button, Group, Popover, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconExternalLink } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ContentPack, Provenance } from '../../../../shared/content/schema'
import type { Language } from '../../../../shared/i18n/languages'
import { call } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { AppModal } from '../../components/AppModal'
import { localizedText } from '../../../../shared/content/localized'

const TIER_COLOR: Record<Provenance['tier'], string> = {
  // Shade 9 keeps outline text above WCAG AA contrast on white.
  note: 'indigo.9',
  launch: 'blue.9',
  event: 'cyan.9',
  companion: 'violet.9',
  context: 'red.9',
  editorial: 'gray.8'
}

const BADGE_STYLES = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.35, textAlign: 'start' }
} as const

/** Where a text comes from, with its sources as plain text; opening one asks first (desktop only). */
export function ProvenanceBadge({
  provenance,
  pack,
  lang
}: {
  provenance: Provenance
  pack: ContentPack
  lang: Language
}) {
  const { t } = useTranslation()
  const [confirmUrl, setConfirmUrl] = useState<string | null>(null)
  const [opened, popover] = useDisclosure(false)
  const sources = provenance.sources
    .map((id) => pack.sources.find((s) => s.id === id))
    .filter((s) => s !== undefined)
  const desktop = typeof window.passerelle !== 'undefined'
  return (
    <>
      <Popover
        opened={opened}
        onChange={popover.toggle}
        width={420}
        position="bottom-start"
        withArrow
        shadow="md"
      >
        <Popover.Target>
          <Badge
            component="button"
            type="button"
            variant="outline"
            color={TIER_COLOR[provenance.tier]}
            tt="none"
            className="provenance"
            // Never cut short: in a narrow column the label wraps rather than ending in "…".
            styles={BADGE_STYLES}
            onClick={popover.toggle}
            aria-expanded={opened}
            aria-label={t('library.provenance.label', { tier: t(`library.tier.${provenance.tier}`) })}
            data-tier={provenance.tier}
          >
            {t(`library.tier.${provenance.tier}`)}
          </Badge>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Text size="sm">{t(`library.tierHelp.${provenance.tier}`)}</Text>
            {provenance.caveat && (
              <Text size="sm" fs="italic">
                {localizedText(provenance.caveat, lang)}
              </Text>
            )}
            {sources.map((s) => (
              <div key={s.id}>
                <Text size="sm" fw={600}>
                  {s.title}
                </Text>
                {s.url && (
                  <Group gap="xs" wrap="nowrap">
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      {s.url}
                    </Text>
                    {desktop && s.url.startsWith('https://') && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setConfirmUrl(s.url ?? null)}
                        leftSection={<IconExternalLink size={14} aria-hidden />}
                      >
                        {t('library.provenance.open')}
                      </Button>
                    )}
                  </Group>
                )}
              </div>
            ))}
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <OpenLinkDialog url={confirmUrl} onClose={() => setConfirmUrl(null)} />
    </>
  )
}

function OpenLinkDialog({ url, onClose }: { url: string | null; onClose: () => void }) {
  const { t } = useTranslation()
  const [error, setError] = useState<unknown>(null)
  return (
    <AppModal opened={url !== null} onClose={onClose} title={t('library.provenance.confirmTitle')}>
      <Stack>
        <Text size="sm">{t('library.provenance.confirmBody')}</Text>
        <Anchor component="span" size="sm" style={{ wordBreak: 'break-all' }}>
          {url}
        </Anchor>
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => {
              if (!url) return
              call('app:open-external', { url }).then(onClose, setError)
            }}
          >
            {t('library.provenance.confirmOpen')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  )
}
