import { Alert, Button, Group, MultiSelect, Stack, Text, TextInput } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../shared/limits'
import {
  normalizeTag,
  type RenameTags,
  type TagRenamePreview,
  type TagRenameResult
} from '../../../../shared/insights/tags'
import { useTagRename, useTags } from '../../api/insights'
import { AppModal } from '../../components/AppModal'
import { ErrorAlert } from '../../components/ErrorAlert'

/** Rename a tag, or merge several into one, across every session; with a preview and an undo. */
export function TagsButton({ onRenamed }: { onRenamed: (done: TagRenameResult) => void }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} data-testid="rename-tags">
        {t('insights.tags.open')}
      </Button>
      <AppModal opened={open} onClose={() => setOpen(false)} title={t('insights.tags.title')}>
        {open && (
          <TagsForm
            onCancel={() => setOpen(false)}
            onDone={(done) => {
              setOpen(false)
              onRenamed(done)
            }}
          />
        )}
      </AppModal>
    </>
  )
}

function TagsForm({ onDone, onCancel }: { onDone: (done: TagRenameResult) => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const tags = useTags()
  const { preview, rename: renaming } = useTagRename()
  const [from, setFrom] = useState<string[]>([])
  const [to, setTo] = useState('')
  const target = normalizeTag(to)
  const rename: RenameTags | null = from.length > 0 && target ? { from, to: target } : null
  const counts: TagRenamePreview | undefined = useQuery({
    queryKey: ['insights', 'rename-preview', rename],
    queryFn: () => preview(rename!),
    enabled: rename !== null
  }).data

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        if (rename) renaming.mutate(rename, { onSuccess: onDone })
      }}
    >
      <Stack gap="sm">
        <MultiSelect
          label={t('insights.tags.from')}
          description={t('insights.tags.fromHelp')}
          data={(tags.data ?? []).map((tag) => ({ value: tag.tag, label: `#${tag.tag} (${tag.count})` }))}
          value={from}
          onChange={setFrom}
          searchable
          data-autofocus
        />
        <TextInput
          label={t('insights.tags.to')}
          description={t('insights.tags.toHelp')}
          value={to}
          maxLength={LIMITS.note.tagLength + 1}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={to.trim() && !target ? t('insights.tags.invalid') : undefined}
        />
        <Text size="sm" role="status" aria-live="polite" data-testid="rename-preview">
          {counts && rename
            ? t('insights.tags.preview', { count: counts.notes, sessions: counts.sessions })
            : ' '}
        </Text>
        {renaming.error && <ErrorAlert error={renaming.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={!rename || !counts?.notes} loading={renaming.isPending}>
            {from.length > 1 ? t('insights.tags.merge') : t('insights.tags.rename')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** What the last rename changed, with its undo, until dismissed. */
export function RenameNotice({ done, onClose }: { done: TagRenameResult; onClose: () => void }) {
  const { t } = useTranslation()
  const { undo } = useTagRename()
  return (
    <Alert
      color="teal"
      variant="light"
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('common.close')}
    >
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" role="status">
          {undo.isSuccess
            ? t('insights.tags.undone', { count: undo.data.notes })
            : t('insights.tags.done', { count: done.notes, sessions: done.sessions })}
        </Text>
        {!undo.isSuccess && (
          <Button
            size="compact-sm"
            variant="light"
            loading={undo.isPending}
            onClick={() => undo.mutate({ undoId: done.undoId })}
            data-testid="undo-rename"
          >
            {t('common.undo')}
          </Button>
        )}
      </Group>
      {undo.error && <ErrorAlert error={undo.error} />}
    </Alert>
  )
}
