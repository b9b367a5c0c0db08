import { Checkbox, Group, Paper, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, LANGUAGE_NATIVE_NAMES, type Language } from '../../../../shared/i18n/languages'
import { LIMITS } from '../../../../shared/limits'
import type { Session, SessionDetails } from '../../../../shared/planning/session'
import { ApiError } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { sessionDoc, useSessionChange } from '../../api/sessions'
import { useDraft } from '../../api/use-draft'
import { useAutosave } from '../../hooks/useAutosave'
import { ConflictNotice } from '../../components/ConflictNotice'
import { ConflictDiff } from './ConflictDiff'

type Draft = Omit<SessionDetails, 'date' | 'plannedEnd'> & { date: string; plannedEnd: string }

/** Only the editable details: main refuses any other key in an update. */
function draftOf(s: Session): Draft {
  return {
    title: s.title,
    date: s.date ?? '',
    startTime: s.startTime,
    plannedEnd: s.plannedEnd ?? '',
    timeZone: s.timeZone,
    place: s.place,
    online: s.online,
    languages: [...s.languages],
    audience: s.audience,
    objectives: s.objectives,
    notes: s.notes,
    consent: { ...s.consent }
  }
}

export function DetailsForm({ session }: { session: Session }) {
  const { t } = useTranslation()
  const update = useSessionChange(session.id, 'sessions:update')
  // Keyed by session and revision: a duplicate, a restore or another window's save reseeds the
  // form; unsaved typing is then kept in `form.conflict`, never dropped.
  const form = useDraft(sessionDoc(session.id).name, session.revision, () => draftOf(session))
  const draft = form.value
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => form.set((d) => ({ ...d, [key]: value }))
  const fieldError = (field: string) =>
    update.error instanceof ApiError &&
    update.error.issues.some((i) => i.path === `details.${field}` || i.path.startsWith(`details.${field}.`))
      ? t('sessions.errors.field')
      : null
  const titleMissing = draft.title.trim() === ''
  const save = () => {
    const { date, plannedEnd, ...rest } = draft
    update.mutateFrom(form.base, {
      details: { ...rest, title: rest.title.trim(), date: date || null, plannedEnd: plannedEnd || null }
    })
  }
  // Saved as typed (and when leaving the tab), based on the revision the form started from.
  useAutosave(draft, form.dirty, form.conflict !== null || titleMissing, save)
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        if (!titleMissing && form.conflict === null && form.dirty) save()
      }}
    >
      <Stack maw={760}>
        <Paper withBorder p="lg" radius="lg">
          <Stack>
            <TextInput
              label={t('sessions.fields.title')}
              dir="auto"
              required
              maxLength={LIMITS.session.title}
              value={draft.title}
              error={titleMissing ? t('sessions.errors.titleRequired') : fieldError('title')}
              onChange={(e) => set('title', e.currentTarget.value)}
            />
            <Group grow>
              <TextInput
                type="date"
                label={t('sessions.fields.date')}
                value={draft.date}
                error={fieldError('date')}
                onChange={(e) => set('date', e.currentTarget.value)}
              />
              <TextInput
                type="time"
                label={t('sessions.fields.startTime')}
                required
                value={draft.startTime}
                error={fieldError('startTime')}
                onChange={(e) => set('startTime', e.currentTarget.value)}
              />
              <TextInput
                type="time"
                label={t('sessions.fields.plannedEnd')}
                value={draft.plannedEnd}
                error={fieldError('plannedEnd')}
                onChange={(e) => set('plannedEnd', e.currentTarget.value)}
              />
            </Group>
            <Group grow align="end">
              <TextInput
                label={t('sessions.fields.place')}
                maxLength={LIMITS.session.place}
                value={draft.place}
                onChange={(e) => set('place', e.currentTarget.value)}
              />
              <TextInput
                label={t('sessions.fields.timeZone')}
                maxLength={LIMITS.session.timeZone}
                value={draft.timeZone}
                error={fieldError('timeZone')}
                onChange={(e) => set('timeZone', e.currentTarget.value)}
              />
            </Group>
            <Switch
              label={t('sessions.fields.online')}
              checked={draft.online}
              onChange={(e) => set('online', e.currentTarget.checked)}
            />
            <Checkbox.Group
              label={t('sessions.fields.languages')}
              value={draft.languages}
              onChange={(v) => set('languages', v as Language[])}
            >
              <Group mt="xs">
                {LANGUAGES.map((l) => (
                  <Checkbox key={l} value={l} label={LANGUAGE_NATIVE_NAMES[l]} lang={l} />
                ))}
              </Group>
            </Checkbox.Group>
            <Textarea
              label={t('sessions.fields.audience')}
              autosize
              minRows={2}
              maxLength={LIMITS.session.audience}
              value={draft.audience}
              onChange={(e) => set('audience', e.currentTarget.value)}
            />
            <Textarea
              label={t('sessions.fields.objectives')}
              autosize
              minRows={3}
              maxLength={LIMITS.session.longText}
              value={draft.objectives}
              onChange={(e) => set('objectives', e.currentTarget.value)}
            />
            <Textarea
              label={t('sessions.fields.notes')}
              autosize
              minRows={3}
              maxLength={LIMITS.session.longText}
              value={draft.notes}
              onChange={(e) => set('notes', e.currentTarget.value)}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="lg">
          <Title order={3} size="h4" mb="sm">
            {t('sessions.consent.title')}
          </Title>
          <Stack gap="sm">
            <Switch
              label={t('sessions.consent.chatham')}
              description={t('sessions.consent.chathamHelp')}
              checked={draft.consent.chathamHouse}
              onChange={(e) => set('consent', { ...draft.consent, chathamHouse: e.currentTarget.checked })}
            />
            <Switch
              label={t('sessions.consent.quotes')}
              checked={draft.consent.attributableQuotes}
              onChange={(e) =>
                set('consent', { ...draft.consent, attributableQuotes: e.currentTarget.checked })
              }
            />
            <Switch
              label={t('sessions.consent.photos')}
              checked={draft.consent.photos}
              onChange={(e) => set('consent', { ...draft.consent, photos: e.currentTarget.checked })}
            />
            <Textarea
              label={t('sessions.consent.note')}
              autosize
              minRows={2}
              maxLength={LIMITS.session.consentNote}
              value={draft.consent.note}
              onChange={(e) => set('consent', { ...draft.consent, note: e.currentTarget.value })}
            />
          </Stack>
        </Paper>
        {form.conflict ? (
          <ConflictNotice
            onReapply={form.reapply}
            onDiscard={() => {
              form.discard()
              update.reset()
            }}
          >
            <ConflictDiff
              mine={form.conflict}
              current={draft}
              labelOf={(key) =>
                key === 'consent' ? t('sessions.consent.title') : t(`sessions.fields.${key as 'title'}`)
              }
            />
          </ConflictNotice>
        ) : (
          update.error && <ErrorAlert error={update.error} />
        )}
        <Text size="sm" role="status" c={titleMissing ? 'red.8' : 'dimmed'} data-testid="details-status">
          {titleMissing
            ? t('sessions.autosave.waiting')
            : form.dirty || update.isPending
              ? t('sessions.autosave.saving')
              : t('sessions.autosave.saved')}
        </Text>
        <button type="submit" hidden />
      </Stack>
    </form>
  )
}
