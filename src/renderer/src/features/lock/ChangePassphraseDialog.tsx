import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { changePassphrase } from '../../api/notebook-lock'
import { AppModal } from '../../components/AppModal'
import { ErrorAlert } from '../../components/ErrorAlert'
import { NewPassphraseFields } from './NewPassphraseFields'
import { passphraseProblem } from './passphrase-rules'

/**
 * A new passphrase, proven by the current one (or the recovery key, when it is forgotten). Main
 * re-wraps one key; the recovery key stays valid.
 */
export function ChangePassphraseDialog({
  onClose,
  onChanged
}: {
  onClose: () => void
  onChanged: () => void
}) {
  const { t } = useTranslation()
  const [useKey, setUseKey] = useState(false)
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [repeated, setRepeated] = useState('')
  const [touched, setTouched] = useState(false)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const problem = passphraseProblem(next, repeated)
  const currentMissing = current.trim() === ''

  const submit = () => {
    setTouched(true)
    if (problem || currentMissing || pending) return
    setPending(true)
    setError(null)
    const proof = useKey ? { recoveryKey: current.trim() } : { passphrase: current }
    changePassphrase({ ...proof, newPassphrase: next }).then(
      () => {
        setCurrent('')
        setNext('')
        setRepeated('')
        onChanged()
      },
      (failure: unknown) => {
        setPending(false)
        setError(failure)
      }
    )
  }

  return (
    <AppModal opened onClose={() => !pending && onClose()} title={t('protect.changeTitle')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <Stack>
          {useKey ? (
            <TextInput
              label={t('lock.recoveryKey')}
              description={t('lock.recoveryKeyHelp')}
              autoComplete="off"
              spellCheck={false}
              ff="monospace"
              required
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              error={touched && currentMissing ? t('lock.required') : null}
              data-autofocus
            />
          ) : (
            <PasswordInput
              label={t('protect.current')}
              autoComplete="current-password"
              required
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              error={touched && currentMissing ? t('lock.required') : null}
              visibilityToggleButtonProps={{ 'aria-label': t('lock.showPassphrase') }}
              data-autofocus
            />
          )}
          <Anchor
            component="button"
            type="button"
            size="sm"
            ta="start"
            onClick={() => {
              setUseKey(!useKey)
              setCurrent('')
            }}
          >
            {useKey ? t('lock.usePassphrase') : t('lock.useRecoveryKey')}
          </Anchor>
          <NewPassphraseFields
            label={t('protect.newPassphrase')}
            value={next}
            repeated={repeated}
            onChange={setNext}
            onRepeatedChange={setRepeated}
            problem={problem}
            touched={touched}
          />
          <Text size="sm" c="dimmed">
            {t('protect.recoveryStays')}
          </Text>
          {error !== null && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('protect.change')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  )
}
