import { Group, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OwnItem } from '../../../../shared/content/library'
import { PURPOSES, type Purpose } from '../../../../shared/content/constants'
import {
  LANGUAGES,
  LANGUAGE_NATIVE_NAMES,
  isLanguage,
  type Language
} from '../../../../shared/i18n/languages'
import { LIMITS } from '../../../../shared/limits'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useLanguage } from '../../hooks/useLanguage'
import { FormActions } from '../../components/FormActions'
import { useLibraryChange } from '../../api/library'
import { AppModal } from '../../components/AppModal'

/** Create or edit one of the facilitator's own items, e.g. a key lesson as they phrase it. */
export function OwnItemForm({
  opened,
  onClose,
  item,
  onSaved
}: {
  opened: boolean
  onClose: () => void
  item?: OwnItem
  onSaved: (item: OwnItem) => void
}) {
  const { t } = useTranslation()
  const uiLanguage = useLanguage()
  const save = useLibraryChange('own-items:save')
  const [title, setTitle] = useState(item?.title ?? '')
  const [body, setBody] = useState(item?.body ?? '')
  const [language, setLanguage] = useState<Language>(item?.language ?? uiLanguage)
  const [purpose, setPurpose] = useState<Purpose | ''>(item?.purpose ?? '')
  const [touched, setTouched] = useState(false)
  const titleError = touched && title.trim().length === 0 ? t('library.own.titleRequired') : null
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={item ? t('library.own.editTitle') : t('library.own.newTitle')}
      size="lg"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          setTouched(true)
          if (title.trim().length === 0) return
          save.mutate(
            {
              ...(item ? { id: item.id } : {}),
              title,
              body,
              language,
              purpose: purpose === '' ? null : purpose
            },
            { onSuccess: (saved) => onSaved(saved.value) }
          )
        }}
      >
        <Stack>
          <TextInput
            label={t('library.own.title')}
            dir="auto"
            required
            maxLength={LIMITS.library.ownItemTitle}
            value={title}
            error={titleError}
            onChange={(e) => setTitle(e.currentTarget.value)}
            data-autofocus
          />
          <Textarea
            label={t('library.own.body')}
            dir="auto"
            description={t('library.own.bodyHelp')}
            autosize
            minRows={5}
            maxLength={LIMITS.library.ownItemBody}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
          <Group grow>
            <NativeSelect
              label={t('library.own.language')}
              value={language}
              onChange={(e) => isLanguage(e.currentTarget.value) && setLanguage(e.currentTarget.value)}
              data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NATIVE_NAMES[l] }))}
            />
            <NativeSelect
              label={t('library.own.purpose')}
              value={purpose}
              onChange={(e) => setPurpose(e.currentTarget.value as Purpose | '')}
              data={[
                { value: '', label: t('library.own.noPurpose') },
                ...PURPOSES.map((p) => ({ value: p, label: t(`library.purpose.${p}`) }))
              ]}
            />
          </Group>
          {save.error && <ErrorAlert error={save.error} />}
          <FormActions onCancel={onClose} loading={save.isPending} />
        </Stack>
      </form>
    </AppModal>
  )
}
