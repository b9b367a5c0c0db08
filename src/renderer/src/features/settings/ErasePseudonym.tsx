import { Alert, Button, Group, List, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { IconAlertTriangle, IconEraser, IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ERASED_MARK } from '../../../../shared/domain/erasure'
import type { PseudonymErasure } from '../../../../shared/domain/notebook-ops'
import { LIMITS } from '../../../../shared/limits'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useErasePseudonym } from '../../api/notebook-care'
import { intlLocale } from '../../../../shared/i18n/languages'

type CountKey = Exclude<keyof PseudonymErasure, 'skipped'>
const COUNTS: CountKey[] = [
  'sessions',
  'speakers',
  'mentions',
  'library',
  'backups',
  'trash',
  'damaged',
  'tempFiles'
]

const total = (r: PseudonymErasure) => COUNTS.reduce((sum, k) => sum + r[k], 0) + r.skipped.length

/** Check first (nothing is written), then erase a pseudonym from every session, backup and trash copy. */
export function ErasePseudonym() {
  const { t, i18n } = useTranslation()
  const erase = useErasePseudonym()
  const [name, setName] = useState('')
  const [checked, setChecked] = useState<{ name: string; result: PseudonymErasure } | null>(null)
  const [erased, setErased] = useState<{ name: string; result: PseudonymErasure } | null>(null)
  const number = new Intl.NumberFormat(intlLocale(i18n.language))
  const trimmed = name.trim()

  const check = () => {
    if (trimmed.length < 2) return
    setErased(null)
    erase.mutate(
      { name: trimmed, dryRun: true },
      { onSuccess: (result) => setChecked({ name: trimmed, result }) }
    )
  }
  const eraseForReal = () => {
    if (!checked) return
    const target = checked.name
    erase.mutate(
      { name: target, dryRun: false },
      {
        onSuccess: (result) => {
          setChecked(null)
          setErased({ name: target, result })
          setName('')
        }
      }
    )
  }

  const countsTable = (r: PseudonymErasure, caption: string) => (
    <Table
      withTableBorder
      variant="vertical"
      captionSide="top"
      maw={420}
      verticalSpacing={6}
      bg="var(--mantine-color-body)"
    >
      <Table.Caption ta="start" fw={600} c="var(--mantine-color-text)" bg="transparent">
        {caption}
      </Table.Caption>
      <Table.Tbody>
        {COUNTS.filter((k) => r[k] > 0 || k === 'sessions').map((k) => (
          <Table.Tr key={k}>
            <Table.Th scope="row">{t(`care.erase.pseudonym.counts.${k}`)}</Table.Th>
            <Table.Td>{number.format(r[k])}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
  const skipped = (r: PseudonymErasure) =>
    r.skipped.length > 0 && (
      <>
        <Text size="sm" c="orange.9">
          {t('care.erase.pseudonym.skipped', { count: r.skipped.length })}
        </Text>
        <List size="xs">
          {r.skipped.map((f) => (
            <List.Item key={f}>
              <code>{f}</code>
            </List.Item>
          ))}
        </List>
      </>
    )

  return (
    <Paper withBorder p="lg" radius="lg" component="section" aria-labelledby="erase-pseudonym-title">
      <Stack gap="sm" data-testid="erase-pseudonym">
        <Title order={3} size="h4" id="erase-pseudonym-title">
          {t('care.erase.pseudonym.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('care.erase.pseudonym.intro', { mark: ERASED_MARK })}
        </Text>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            check()
          }}
        >
          <Group align="end">
            <TextInput
              label={t('care.erase.pseudonym.label')}
              description={t('care.erase.pseudonym.hint')}
              value={name}
              maxLength={LIMITS.pseudonym.max}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => {
                setName(e.currentTarget.value)
                setChecked(null)
              }}
              style={{ flex: 1 }}
            />
            <Button
              type="submit"
              variant="default"
              leftSection={<IconSearch size={16} aria-hidden />}
              disabled={trimmed.length < 2}
              loading={erase.isPending && !checked}
            >
              {t('care.erase.pseudonym.check')}
            </Button>
          </Group>
        </form>
        {erase.error && <ErrorAlert error={erase.error} />}
        {checked && (
          <div role="status" data-testid="erase-check">
            {total(checked.result) === 0 ? (
              <Text size="sm">{t('care.erase.pseudonym.none', { name: checked.name })}</Text>
            ) : (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertTriangle aria-hidden />}
                title={t('care.erase.pseudonym.found', { name: checked.name })}
              >
                <Stack gap="sm">
                  {countsTable(checked.result, t('care.erase.pseudonym.wouldChange'))}
                  {skipped(checked.result)}
                  <Text size="sm">{t('care.erase.pseudonym.warning')}</Text>
                  <Group>
                    <Button
                      color="red.9"
                      leftSection={<IconEraser size={16} aria-hidden />}
                      loading={erase.isPending}
                      onClick={eraseForReal}
                    >
                      {t('care.erase.pseudonym.confirm')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            )}
          </div>
        )}
        {erased && (
          <Alert role="status" color="teal" variant="light" data-testid="erase-done">
            <Stack gap="sm">
              <Text size="sm" fw={600}>
                {t('care.erase.pseudonym.done', { name: erased.name })}
              </Text>
              {countsTable(erased.result, t('care.erase.pseudonym.changed'))}
              {skipped(erased.result)}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}
