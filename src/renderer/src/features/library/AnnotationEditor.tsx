import { Badge, Button, Group, Paper, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation, ItemRef } from '../../../../shared/content/library'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useSaveAnnotation } from './useLibrary'

/** The facilitator's private note on an item: stays in the notebook, never in a pack. Keyed by item. */
export function AnnotationEditor({
  target,
  annotation
}: {
  target: ItemRef
  annotation: Annotation | undefined
}) {
  const { t, i18n } = useTranslation()
  const save = useSaveAnnotation()
  const [text, setText] = useState(annotation?.text ?? '')
  const dirty = text.trim() !== (annotation?.text ?? '')
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
        description={t('library.annotation.help')}
        autosize
        minRows={3}
        maxLength={10_000}
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
          onClick={() => save.mutate({ target, text })}
        >
          {t('library.annotation.save')}
        </Button>
      </Group>
      {save.error && <ErrorAlert error={save.error} />}
    </Paper>
  )
}
