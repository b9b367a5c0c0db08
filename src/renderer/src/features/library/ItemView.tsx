import { Badge, Button, Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core'
import { IconEdit, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '../../../../shared/content/library'
import {
  LANGUAGES,
  LANGUAGE_NATIVE_NAMES,
  isLanguage,
  type Language
} from '../../../../shared/i18n/languages'
import { AnnotationEditor } from './AnnotationEditor'
import { ItemColumn } from './ItemColumn'
import classes from './Library.module.css'
import { pickColumn, sideBySide, type ReadingMode } from './reading'
import type { ResolvedItem } from './useLibrary'
import { localizedText } from '../../../../shared/content/localized'

interface Props {
  entry: ResolvedItem
  uiLang: Language
  reading: ReadingMode
  onReading: (r: ReadingMode) => void
  annotation: Annotation | undefined
  terms: string[]
  onEditOwn: () => void
  onDeleteOwn: () => void
}

export function ItemView({
  entry,
  uiLang,
  reading,
  onReading,
  annotation,
  terms,
  onEditOwn,
  onDeleteOwn
}: Props) {
  const { t } = useTranslation()
  const languages = LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NATIVE_NAMES[l] }))
  const side = reading.mode === 'side-by-side' && entry.type === 'pack'
  const pair = sideBySide(reading, uiLang)
  const columns: Language[] = side ? pair : [uiLang]
  return (
    <article className={classes.reader} aria-labelledby="item-heading" data-testid="item-view">
      <Group justify="space-between" mb="lg" gap="sm">
        {entry.type === 'pack' ? (
          <Group gap="sm" align="end">
            <SegmentedControl
              size="xs"
              aria-label={t('library.reading.label')}
              value={reading.mode}
              onChange={(v) =>
                onReading({ ...reading, mode: v === 'side-by-side' ? 'side-by-side' : 'single' })
              }
              data={[
                { value: 'single', label: t('library.reading.single') },
                { value: 'side-by-side', label: t('library.reading.sideBySide') }
              ]}
            />
            {side && (
              <>
                <NativeSelect
                  size="xs"
                  label={t('library.reading.left')}
                  value={pair[0]}
                  data={languages}
                  onChange={(e) =>
                    isLanguage(e.currentTarget.value) &&
                    onReading(pickColumn(reading, uiLang, 'left', e.currentTarget.value))
                  }
                />
                <NativeSelect
                  size="xs"
                  label={t('library.reading.right')}
                  value={pair[1]}
                  data={languages}
                  onChange={(e) =>
                    isLanguage(e.currentTarget.value) &&
                    onReading(pickColumn(reading, uiLang, 'right', e.currentTarget.value))
                  }
                />
              </>
            )}
          </Group>
        ) : (
          <Group gap="xs">
            <Badge color="grape.9" variant="outline" tt="none">
              {t('library.yours')}
            </Badge>
            {entry.own.purpose && (
              <Text size="sm" c="dimmed">
                {t(`library.purpose.${entry.own.purpose}`)}
              </Text>
            )}
          </Group>
        )}
        {entry.type === 'own' && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconEdit size={14} aria-hidden />}
              onClick={onEditOwn}
            >
              {t('common.edit')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={onDeleteOwn}
            >
              {t('common.delete')}
            </Button>
          </Group>
        )}
      </Group>
      <span id="item-heading" hidden>
        {entry.type === 'pack' ? localizedText(entry.item.title, uiLang) : entry.own.title}
      </span>
      <div
        className={classes.columns}
        data-columns={columns.length}
        style={{ ['--columns' as string]: columns.length }}
      >
        {columns.map((lang, i) => (
          <ItemColumn key={`${lang}-${i}`} entry={entry} lang={lang} terms={terms} />
        ))}
      </div>
      <Stack mt="xl">
        <AnnotationEditor key={entry.ref} target={entry.ref} annotation={annotation} />
      </Stack>
    </article>
  )
}
