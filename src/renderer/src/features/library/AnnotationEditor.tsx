import { Badge, Button, Group, Paper, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Annotation, ItemRef } from '../../../../shared/content/library'
import { LIMITS } from '../../../../shared/limits'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useLibrary, useLibraryChange } from '../../api/library'
import { useDraft } from '../../api/use-draft'
import { useUnsavedWork } from '../../api/unsaved-work'
import { ConflictNotice } from '../../components/ConflictNotice'

/** The facilitator's private note on an item: stays in the notebook, never in a pack. Keyed by item. */
export function AnnotationEditor({
  target,
  annotation
}: {
  target: ItemRef
  annotation: Annotation | undefined
}) {
  const { t, i18n } = useTranslation()
  const save = useLibraryChange('annotations:save')
  // A draft of the stored note, rebased on this window's saves and reseeded (keeping what was
  // typed, to re-apply) when another window changes the Library.
  const draft = useDraft('library', useLibrary().data?.revision ?? 0, () => annotation?.text ?? '')
  const text = draft.value
  const setText = draft.set
  const dirty = text.trim() !== (annotation?.text ?? '')
  // Locking the notebook saves the note first (a conflict to settle holds it back: the lock asks).
  useUnsavedWork(dirty, () => save.mutateFrom(draft.base, { target, text }), draft.conflict !== null)
  return (
    <Paper withBorder p="md" radius="md" bg="yellow.0" data-testid="annotation">
      <Group gap="xs" mb="xs">
        <Text fw={600}>{t('library.annotation.title')}</Text>
        <Badge color="grape.9" variant="outline" tt="none">
          {t('library.yours')}
        </Badge>
      </Group>
      <Textarea
        label={t('library.annotation.label')}
        dir="auto"
        description={t('library.annotation.help')}
        autosize
        minRows={3}
        maxLength={LIMITS.library.annotation}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Group justify="space-between" mt="xs">
        <Text size="xs" c="dimmed" role="status">
          {save.isSuccess && !dirty
            ? t('library.annotation.saved')
            : annotation
              ? t('library.annotation.updated', {
                  date: new Date(annotation.updatedAt).toLocaleString(i18n.language)
                })
              : ''}
        </Text>
        <Button
          size="sm"
          disabled={!dirty}
          loading={save.isPending}
          onClick={() => save.mutateFrom(draft.base, { target, text })}
        >
          {t('library.annotation.save')}
        </Button>
      </Group>
      {draft.conflict !== null ? (
        <ConflictNotice onReapply={draft.reapply} onDiscard={draft.discard}>
          <Text size="sm" mt="xs" data-testid="conflict-mine">
            {draft.conflict}
          </Text>
        </ConflictNotice>
      ) : (
        save.error && <ErrorAlert error={save.error} />
      )}
    </Paper>
  )
}
