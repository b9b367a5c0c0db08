import { Group, NativeSelect, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { LIMITS } from '../../../../shared/limits'
import { ErrorAlert } from '../../components/ErrorAlert'
import { FormActions } from '../../components/FormActions'
import { useLanguage } from '../../hooks/useLanguage'
import { useCatalog, useCreateSession, useOwnTemplates } from '../../api/sessions'
import { AppModal } from '../../components/AppModal'
import { localizedText } from '../../../../shared/content/localized'

/** `initialTemplateId`: the template chosen when the dialog opens (the welcome's "plan a session" start). */
export function NewSessionDialog({
  onClose,
  initialTemplateId = ''
}: {
  onClose: () => void
  initialTemplateId?: string
}) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const catalog = useCatalog()
  const own = useOwnTemplates()
  const create = useCreateSession()
  const [, navigate] = useLocation()
  const [title, setTitle] = useState('')
  const [templateId, setTemplateId] = useState(initialTemplateId)
  const [date, setDate] = useState('')
  // Until the facilitator types a time, it follows the chosen template's own start.
  const [startTime, setStartTime] = useState<string | null>(null)
  const templateStart = templateId.startsWith('yours:')
    ? own.data?.find((tpl) => `yours:${tpl.id}` === templateId)?.startTime
    : catalog.data?.templates.find((tpl) => tpl.id === templateId)?.startTime
  const shownStart = startTime ?? templateStart ?? '09:00'
  const [touched, setTouched] = useState(false)
  const titleError = touched && title.trim() === '' ? t('sessions.errors.titleRequired') : null
  return (
    <AppModal opened onClose={onClose} title={t('sessions.new')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          setTouched(true)
          if (title.trim() === '') return
          create.mutate(
            {
              title: title.trim(),
              ...(templateId ? { templateId } : {}),
              ...(date ? { date } : {}),
              ...(/^\d\d:\d\d$/.test(shownStart) ? { startTime: shownStart } : {}),
              language: lang
            },
            { onSuccess: (s) => s && navigate(`/sessions/${s.id}`) }
          )
        }}
      >
        <Stack>
          <TextInput
            label={t('sessions.fields.title')}
            dir="auto"
            required
            maxLength={LIMITS.session.title}
            value={title}
            error={titleError}
            onChange={(e) => setTitle(e.currentTarget.value)}
            data-autofocus
          />
          <NativeSelect
            label={t('sessions.template')}
            value={templateId}
            onChange={(e) => setTemplateId(e.currentTarget.value)}
            data={[
              { value: '', label: t('sessions.blank') },
              {
                group: t('sessions.templates.shipped'),
                items: (catalog.data?.templates ?? []).map((tpl) => ({
                  value: tpl.id,
                  label: localizedText(tpl.title, lang)
                }))
              },
              ...(own.data?.length
                ? [
                    {
                      group: t('sessions.templates.yours'),
                      items: own.data.map((tpl) => ({ value: `yours:${tpl.id}`, label: tpl.title }))
                    }
                  ]
                : [])
            ]}
          />
          <Group grow>
            <TextInput
              type="date"
              label={t('sessions.fields.date')}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
            />
            <TextInput
              type="time"
              label={t('sessions.fields.startTime')}
              value={shownStart}
              onChange={(e) => setStartTime(e.currentTarget.value)}
            />
          </Group>
          {create.error && <ErrorAlert error={create.error} />}
          <FormActions onCancel={onClose} submitLabel={t('sessions.create')} loading={create.isPending} />
        </Stack>
      </form>
    </AppModal>
  )
}
