import { Button, FileButton, Group, List, Stack, Text, TextInput } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LabelledImport } from '../../../../shared/domain/notebook-ops'
import { LIMITS } from '../../../../shared/limits'
import { call, type ApiError } from '../../api/client'
import { keys } from '../../api/keys'
import { AppModal } from '../../components/AppModal'
import { errorKey } from '../../components/error-key'
import { readJsonFile } from '../../components/read-json-file'

type Outcome = { name: string } & ({ ok: true; result: LabelledImport } | { ok: false; error: ApiError })

/**
 * Colleagues' sessions, many at once (several files or a whole folder), labelled with where they
 * came from. Each file is checked and imported on its own, all or nothing: one bad file is
 * reported and the others still come in.
 */
export function ImportBatchButton() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [files, setFiles] = useState<File[]>([])
  const [origin, setOrigin] = useState('')
  const [running, setRunning] = useState(false)
  const [outcomes, setOutcomes] = useState<Outcome[]>([])
  const close = () => {
    if (running) return
    setFiles([])
    setOutcomes([])
  }
  const pick = (picked: File[]) => {
    setOutcomes([])
    setFiles(
      picked.filter((f) => f.name.toLowerCase().endsWith('.json')).slice(0, LIMITS.insights.importFiles)
    )
  }

  async function run() {
    setRunning(true)
    const done: Outcome[] = []
    for (const file of files) {
      const read = await readJsonFile(file)
      if (!read.ok) done.push({ name: file.name, ok: false, error: read.error })
      else
        try {
          const result = await call('sessions:import-labelled', {
            content: read.text,
            origin: origin.trim() || null,
            titleSuffix: t('care.import.copySuffix').slice(0, LIMITS.transfer.titleSuffix)
          })
          done.push({ name: file.name, ok: true, result })
        } catch (error) {
          done.push({ name: file.name, ok: false, error: error as ApiError })
        }
      setOutcomes([...done])
    }
    setRunning(false)
    await Promise.all([
      client.invalidateQueries({ queryKey: keys.sessions }),
      client.invalidateQueries({ queryKey: keys.insightsAll })
    ])
  }

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
                  {o.ok
                    ? t(`insights.import.${o.result.status}`, { title: o.result.title })
                    : t(errorKey(o.error.code, 'session'))}
                </List.Item>
              ))}
            </List>
          )}
          <Group justify="flex-end">
            {outcomes.length === files.length && outcomes.length > 0 ? (
              <Button onClick={close}>{t('common.close')}</Button>
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
