import { Alert, Button, Group, List, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import type { NotebookStatus } from '../../../../shared/domain/app-info'
import { useTranslation } from 'react-i18next'
import { protectNotebook } from '../../api/notebook-lock'
import { useQueryClient } from '@tanstack/react-query'
import { keys } from '../../api/keys'
import { AppModal } from '../../components/AppModal'
import { ErrorAlert } from '../../components/ErrorAlert'
import { NewPassphraseFields } from './NewPassphraseFields'
import { passphraseProblem } from './passphrase-rules'
import { RecoveryKeyStep } from './RecoveryKeyStep'

type Step = 'explain' | 'passphrase' | 'recovery'

/**
 * Protecting the notebook, in three steps: what it does and what it cannot undo (before anything
 * happens), the passphrase (typed twice), then the recovery key, shown once, to save as a PDF and
 * confirm as kept. The key lives only in this dialog's state and goes with it.
 */
export function ProtectDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [step, setStep] = useState<Step>('explain')
  const [passphrase, setPassphrase] = useState('')
  const [repeated, setRepeated] = useState('')
  const [touched, setTouched] = useState(false)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)
  const problem = passphraseProblem(passphrase, repeated)
  // Applied once the key is kept (or the dialog goes): until then no lock may take the key away.
  const newStatus = useRef<NotebookStatus | null>(null)
  useEffect(
    () => () => {
      if (newStatus.current) client.setQueryData(keys.notebookStatus, newStatus.current)
    },
    [client]
  )

  const protect = () => {
    setTouched(true)
    if (problem || pending) return
    setPending(true)
    setError(null)
    protectNotebook(passphrase).then(
      ({ recoveryKey: key, status }) => {
        setPassphrase('')
        setRepeated('')
        setRecoveryKey(key)
        setStep('recovery')
        setPending(false)
        newStatus.current = status
      },
      (failure: unknown) => {
        setError(failure)
        setPending(false)
      }
    )
  }
  const finish = () => {
    setRecoveryKey(null)
    onClose()
  }
  // Once encrypted, the only way out is through "I have kept it": the key is never shown again.
  const closable = step !== 'recovery' && !pending

  return (
    <AppModal
      opened
      size="lg"
      onClose={() => closable && onClose()}
      closeOnEscape={closable}
      closeOnClickOutside={false}
      withCloseButton={closable}
      title={step === 'recovery' ? t('protect.recoveryTitle') : t('protect.title')}
    >
      {step === 'explain' && (
        <Stack data-testid="protect-explain">
          <Text>{t('protect.what')}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('protect.covers.files')}</List.Item>
            <List.Item>{t('protect.covers.lock')}</List.Item>
            <List.Item>{t('protect.covers.recovery')}</List.Item>
          </List>
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('protect.lossTitle')}
          >
            {t('protect.loss')}
          </Alert>
          <Text size="sm">{t('protect.exportsNotCovered')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => setStep('passphrase')} data-autofocus>
              {t('protect.continue')}
            </Button>
          </Group>
        </Stack>
      )}
      {step === 'passphrase' && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            protect()
          }}
        >
          <Stack>
            <NewPassphraseFields
              value={passphrase}
              repeated={repeated}
              onChange={setPassphrase}
              onRepeatedChange={setRepeated}
              problem={problem}
              touched={touched}
            />
            {pending && (
              <Text size="sm" role="status">
                {t('protect.working')}
              </Text>
            )}
            {error !== null && <ErrorAlert error={error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setStep('explain')} disabled={pending}>
                {t('protect.back')}
              </Button>
              <Button type="submit" loading={pending}>
                {t('protect.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {step === 'recovery' && recoveryKey && <RecoveryKeyStep recoveryKey={recoveryKey} onDone={finish} />}
    </AppModal>
  )
}
