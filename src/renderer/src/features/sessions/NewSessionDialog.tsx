import { NativeSelect, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { LIMITS } from '../../../../shared/limits'
import { ErrorAlert } from '../../components/ErrorAlert'
import { FormActions } from '../../components/FormActions'
import { useLanguage } from '../../hooks/useLanguage'
import { useCatalog, useCreateSession, useOwnTemplates } from '../../api/sessions'
import { AppModal } from '../../components/AppModal'

export function NewSessionDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const catalog = useCatalog()
  const own = useOwnTemplates()
  const create = useCreateSession()
  const [, navigate] = useLocation()
  const [title, setTitle] = useState('')
  const [templateId, setTemplateId] = useState('')
  const [date, setDate] = useState('')
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
              language: lang
            },
            { onSuccess: (s) => s && navigate(`/sessions/${s.id}`) }
          )
        }}
      >
        <Stack>
          <TextInput
            label={t('sessions.fields.title')}
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
                  label: tpl.title[lang]
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
          <TextInput
            type="date"
            label={t('sessions.fields.date')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
          />
          {create.error && <ErrorAlert error={create.error} />}
          <FormActions onCancel={onClose} submitLabel={t('sessions.create')} loading={create.isPending} />
        </Stack>
      </form>
    </AppModal>
  )
}
