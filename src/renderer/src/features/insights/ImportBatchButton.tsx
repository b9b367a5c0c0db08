import { Button, FileButton, Group, List, Stack, Text, TextInput } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../shared/limits'
import { AppModal } from '../../components/AppModal'
import { errorKey } from '../../components/error-key'
import { FilePassphraseForm } from '../lock/FilePassphraseForm'
import { useBatchImport, type Outcome } from './useBatchImport'

/**
 * Colleagues' sessions, many at once (several files or a whole folder), labelled with where they
 * came from. Each file is checked and imported on its own, all or nothing: one bad file is
 * reported and the others still come in. Files sealed to a passphrase wait for it, asked once for
 * all of them after the others are in.
 */
export function ImportBatchButton() {
  const { t } = useTranslation()
  const [files, setFiles] = useState<File[]>([])
  const [origin, setOrigin] = useState('')
  const { outcomes, running, sealedCount, run, unseal, reset } = useBatchImport(files, origin)
  const close = () => {
    if (running) return
    setFiles([])
    reset()
  }
  const pick = (picked: File[]) => {
    reset()
    setFiles(
      picked.filter((f) => f.name.toLowerCase().endsWith('.json')).slice(0, LIMITS.insights.importFiles)
    )
  }
  const said = (o: Outcome) =>
    o.ok
      ? t(`insights.import.${o.result.status}`, { title: o.result.title })
      : o.error.code === 'crypto/passphrase-required'
        ? t('insights.import.sealed')
        : t(errorKey(o.error.code, 'session'))
  const finished = outcomes.length === files.length && outcomes.length > 0
  // The button under focus goes away when a run ends: the keyboard lands on Close instead,
  // unless sealed files wait (then the passphrase field takes it).
  const closeButton = useRef<HTMLButtonElement>(null)
  const settled = finished && !running && sealedCount === 0
  useEffect(() => {
    if (settled) closeButton.current?.focus()
  }, [settled])

  return (
    <>
      <FileButton multiple accept="application/json,.json" onChange={pick}>
        {(props) => (
          <Button {...props} variant="default" data-testid="import-batch">
            {t('insights.import.files')}
          </Button>
        )}
      </FileButton>
      <FileButton
        multiple
        onChange={pick}
        inputProps={{ webkitdirectory: '', directory: '' } as Record<string, string>}
      >
        {(props) => (
          <Button {...props} variant="default" data-testid="import-folder">
            {t('insights.import.folder')}
          </Button>
        )}
      </FileButton>
      <AppModal opened={files.length > 0} onClose={close} title={t('insights.import.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('insights.import.chosen', { count: files.length })}</Text>
          <TextInput
            label={t('insights.import.origin')}
            description={t('insights.import.originHelp')}
            maxLength={LIMITS.insights.originLabel}
            value={origin}
            onChange={(e) => setOrigin(e.currentTarget.value)}
            disabled={running || outcomes.length > 0}
            data-autofocus
            data-testid="import-origin"
          />
          {outcomes.length > 0 && (
            <List size="sm" spacing={4} aria-live="polite" data-testid="import-outcomes">
              {outcomes.map((o, i) => (
                <List.Item key={i}>
                  <Text span fw={600} size="sm">
                    {o.name}
                  </Text>
                  {' — '}
                  {said(o)}
                </List.Item>
              ))}
            </List>
          )}
          {finished && sealedCount > 0 && (
            <FilePassphraseForm
              pending={running}
              onSubmit={(passphrase) => void unseal(passphrase)}
              message={t('insights.import.sealedNeeded', { count: sealedCount })}
              label={t('insights.import.passphrase', { count: sealedCount })}
              submitLabel={t('insights.import.unseal', { count: sealedCount })}
            />
          )}
          <Group justify="flex-end">
            {finished ? (
              // With sealed files left, the passphrase is the way on; closing leaves them out.
              <Button
                ref={closeButton}
                variant={sealedCount > 0 ? 'default' : 'filled'}
                onClick={close}
                disabled={running}
              >
                {t('common.close')}
              </Button>
            ) : (
              <>
                <Button variant="default" onClick={close} disabled={running}>
                  {t('common.cancel')}
                </Button>
                <Button onClick={() => void run()} loading={running} data-testid="import-batch-run">
                  {t('insights.import.run', { count: files.length })}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </AppModal>
    </>
  )
}
