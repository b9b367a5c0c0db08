import { Button, Group, Loader, Tabs, Text } from '@mantine/core'
import {
  IconCopy,
  IconFileExport,
  IconPlayerPlay,
  IconStack2,
  IconTemplate,
  IconTrash
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../shared/limits'
import { ExportDialog } from '../briefs/ExportDialog'
import { SessionRecovery } from './SessionRecovery'
import { Link, useLocation, useParams } from 'wouter'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageHeader } from '../../components/PageHeader'
import { PromptDialog } from '../../components/PromptDialog'
import { AgendaEditor } from './AgendaEditor'
import { BackupsButton } from './BackupsDialog'
import { ConsentSummary } from './ConsentSummary'
import { setLastDeleted } from './deleted-store'
import { DetailsForm } from './DetailsForm'
import { EraseSessionButton } from './EraseSessionButton'
import { PersonasEditor } from './PersonasEditor'
import { useDeleteSession, useDuplicateSession, useSaveTemplate, useSession } from '../../api/sessions'

export function SessionEditor() {
  const { t } = useTranslation()
  const { id } = useParams<{ id: string }>()
  const [, navigate] = useLocation()
  const session = useSession(id ?? '')
  const duplicate = useDuplicateSession()
  const remove = useDeleteSession()
  const saveTemplate = useSaveTemplate()
  const [exporting, setExporting] = useState(false)
  const [asking, setAsking] = useState<'template' | 'delete' | null>(null)
  if (session.error) return <SessionRecovery sessionId={id ?? ''} error={session.error} />
  if (!session.data) return <Loader role="status" aria-label={t('app.loading')} />
  const s = session.data
  return (
    <>
      <PageHeader title={s.title} />
      <Group justify="space-between" mb="md">
        <ConsentSummary consent={s.consent} />
        <Group gap="xs">
          <Button
            component={Link}
            href={`/sessions/${s.id}/live`}
            size="xs"
            leftSection={<IconPlayerPlay size={14} aria-hidden />}
          >
            {t('capture.run')}
          </Button>
          <Button
            component={Link}
            href={`/sessions/${s.id}/synthesis`}
            size="xs"
            variant="light"
            leftSection={<IconStack2 size={14} aria-hidden />}
          >
            {t('synthesis.open')}
          </Button>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconFileExport size={14} aria-hidden />}
            onClick={() => setExporting(true)}
          >
            {t('export.open')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconCopy size={14} aria-hidden />}
            loading={duplicate.isPending}
            onClick={() =>
              duplicate.mutate(
                { id: s.id, title: t('sessions.copyOf', { title: s.title }).slice(0, LIMITS.session.title) },
                { onSuccess: (c) => c && navigate(`/sessions/${c.id}`) }
              )
            }
          >
            {t('sessions.duplicate')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconTemplate size={14} aria-hidden />}
            onClick={() => {
              saveTemplate.reset()
              setAsking('template')
            }}
          >
            {t('sessions.templates.save')}
          </Button>
          <BackupsButton sessionId={s.id} />
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} aria-hidden />}
            onClick={() => {
              remove.reset()
              setAsking('delete')
            }}
          >
            {t('common.delete')}
          </Button>
          <EraseSessionButton id={s.id} title={s.title} />
        </Group>
      </Group>
      {saveTemplate.isSuccess && (
        <Text role="status" size="sm" c="teal.9" mb="sm">
          {t('sessions.templates.saved', { title: saveTemplate.data.value.title })}
        </Text>
      )}
      {(duplicate.error ?? remove.error ?? saveTemplate.error) && (
        <ErrorAlert error={duplicate.error ?? remove.error ?? saveTemplate.error} />
      )}
      {/* Keyed by session: after "Duplicate" the copy's editors start from the copy, never from the original. */}
      <Tabs key={s.id} defaultValue="agenda" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="agenda">{t('sessions.tabs.agenda')}</Tabs.Tab>
          <Tabs.Tab value="personas">{t('sessions.tabs.personas', { count: s.personas.length })}</Tabs.Tab>
          <Tabs.Tab value="details">{t('sessions.tabs.details')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda">
          <AgendaEditor session={s} />
        </Tabs.Panel>
        <Tabs.Panel value="personas">
          <PersonasEditor session={s} />
        </Tabs.Panel>
        <Tabs.Panel value="details">
          <DetailsForm session={s} />
        </Tabs.Panel>
      </Tabs>
      <Text size="xs" c="dimmed" mt="xl">
        {t('sessions.savedLocally')}
      </Text>
      {exporting && <ExportDialog sessionId={s.id} onClose={() => setExporting(false)} />}
      <PromptDialog
        opened={asking === 'template'}
        title={t('sessions.templates.save')}
        label={t('sessions.templates.prompt')}
        requiredMessage={t('sessions.templates.required')}
        initialValue={s.title}
        maxLength={LIMITS.session.title}
        submitLabel={t('sessions.templates.submit')}
        loading={saveTemplate.isPending}
        error={saveTemplate.error}
        onCancel={() => setAsking(null)}
        onSubmit={(title) => saveTemplate.mutate({ id: s.id, title }, { onSuccess: () => setAsking(null) })}
      />
      <ConfirmDialog
        opened={asking === 'delete'}
        title={t('sessions.deleteTitle')}
        message={t('sessions.confirmDelete', { title: s.title })}
        confirmLabel={t('sessions.deleteConfirm')}
        destructive
        loading={remove.isPending}
        error={remove.error}
        onCancel={() => setAsking(null)}
        onConfirm={() =>
          remove.mutate(s.id, {
            onSuccess: () => {
              setLastDeleted({ id: s.id, title: s.title })
              navigate('/sessions')
            }
          })
        }
      />
    </>
  )
}
