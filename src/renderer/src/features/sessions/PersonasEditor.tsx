import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title
} from '@mantine/core'
import { IconCopy, IconEdit, IconPlus, IconTrash } from '@tabler/icons-react'
import { nanoid } from 'nanoid'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../shared/limits'
import type { Persona, Session } from '../../../../shared/planning/session'
import { ErrorAlert } from '../../components/ErrorAlert'
import { FormActions } from '../../components/FormActions'
import { useLanguage } from '../../hooks/useLanguage'
import { useCatalog, useSessionChange } from '../../api/sessions'
import { AppModal } from '../../components/AppModal'
import { localizedText } from '../../../../shared/content/localized'

const blank = (): Persona => ({
  id: nanoid(10),
  name: '',
  age: null,
  gender: '',
  family: '',
  education: '',
  timeSinceArrival: '',
  administrativeStatus: '',
  vulnerabilities: '',
  story: '',
  fictional: true,
  group: null
})

/** Persona cards for the storytelling method: pseudonyms only, fictional by default, assigned to groups. */
export function PersonasEditor({ session }: { session: Session }) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const catalog = useCatalog()
  const save = useSessionChange(session.id, 'sessions:set-personas')
  const [editing, setEditing] = useState<Persona | null>(null)
  const [sampleId, setSampleId] = useState('')
  const personas = session.personas
  // Based on the personas on screen: if another window changed them first, main refuses and the
  // screen shows theirs (the editing dialog stays open with what was typed).
  const store = (next: Persona[], onSaved?: () => void) =>
    save.mutate({ personas: next }, onSaved ? { onSuccess: onSaved } : {})
  const upsert = (p: Persona, onSaved?: () => void) =>
    store(
      personas.some((x) => x.id === p.id) ? personas.map((x) => (x.id === p.id ? p : x)) : [...personas, p],
      onSaved
    )

  const addSample = () => {
    const sample = catalog.data?.personas.find((p) => p.id === sampleId)
    if (!sample) return
    upsert({
      id: nanoid(10),
      name: sample.name,
      age: sample.age,
      gender: localizedText(sample.gender, lang),
      family: localizedText(sample.family, lang),
      education: localizedText(sample.education, lang),
      timeSinceArrival: localizedText(sample.timeSinceArrival, lang),
      administrativeStatus: localizedText(sample.administrativeStatus, lang),
      vulnerabilities: localizedText(sample.vulnerabilities, lang).slice(0, LIMITS.persona.vulnerabilities),
      story: localizedText(sample.story, lang).slice(0, LIMITS.persona.story),
      fictional: true,
      group: null
    })
  }

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('sessions.personas.help')}
      </Text>
      {save.error && <ErrorAlert error={save.error} />}
      <Group align="end">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(blank())}>
          {t('sessions.personas.new')}
        </Button>
        <NativeSelect
          label={t('sessions.personas.samples')}
          value={sampleId}
          onChange={(e) => setSampleId(e.currentTarget.value)}
          data={[
            { value: '', label: '—' },
            ...(catalog.data?.personas ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.age})` }))
          ]}
        />
        <Button variant="default" disabled={!sampleId || save.isPending} onClick={addSample}>
          {t('sessions.personas.addSample')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {personas.map((p) => (
          <Card key={p.id} withBorder radius="md" data-testid="persona-card">
            <Group justify="space-between" align="start" mb="xs">
              <div>
                <Title order={3} size="h4">
                  {p.name}
                  {p.age !== null && `, ${p.age}`}
                </Title>
                <Group gap={6} mt={4}>
                  {p.fictional && (
                    <Badge variant="outline" color="grape.9" tt="none">
                      {t('sessions.personas.fictional')}
                    </Badge>
                  )}
                  {p.group && (
                    <Badge variant="outline" color="indigo.9" tt="none">
                      {p.group}
                    </Badge>
                  )}
                </Group>
              </div>
              <Group gap={4}>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('sessions.personas.edit', { name: p.name })}
                  onClick={() => setEditing(p)}
                >
                  <IconEdit size={16} aria-hidden />
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('sessions.personas.duplicate', { name: p.name })}
                  disabled={save.isPending}
                  onClick={() =>
                    upsert({ ...p, id: nanoid(10), name: `${p.name} 2`.slice(0, LIMITS.persona.name) })
                  }
                >
                  <IconCopy size={16} aria-hidden />
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red.9"
                  aria-label={t('sessions.personas.remove', { name: p.name })}
                  disabled={save.isPending}
                  onClick={() => store(personas.filter((x) => x.id !== p.id))}
                >
                  <IconTrash size={16} aria-hidden />
                </Button>
              </Group>
            </Group>
            <Text size="sm">
              <strong>
                {t('common.labelColon', { label: t('sessions.personas.fields.administrativeStatus') })}
              </strong>{' '}
              {p.administrativeStatus || '—'}
            </Text>
            <Text size="sm">
              <strong>
                {t('common.labelColon', { label: t('sessions.personas.fields.timeSinceArrival') })}
              </strong>{' '}
              {p.timeSinceArrival || '—'}
            </Text>
            <Text size="sm" mt="xs" lineClamp={4}>
              {p.story}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {editing && (
        <PersonaForm
          persona={editing}
          onClose={() => setEditing(null)}
          saving={save.isPending}
          error={save.error}
          onSave={(p) => upsert(p, () => setEditing(null))}
        />
      )}
    </Stack>
  )
}

function PersonaForm({
  persona,
  onClose,
  onSave,
  saving,
  error
}: {
  persona: Persona
  onClose: () => void
  onSave: (p: Persona) => void
  saving: boolean
  error: unknown
}) {
  const { t } = useTranslation()
  const [p, setP] = useState<Persona>(persona)
  const [touched, setTouched] = useState(false)
  const set = <K extends keyof Persona>(k: K, v: Persona[K]) => setP((x) => ({ ...x, [k]: v }))
  const text = (k: 'gender' | 'family' | 'education' | 'timeSinceArrival' | 'administrativeStatus') => (
    <TextInput
      label={t(`sessions.personas.fields.${k}`)}
      maxLength={LIMITS.persona[k]}
      value={p[k]}
      onChange={(e) => set(k, e.currentTarget.value)}
    />
  )
  return (
    <AppModal
      opened
      onClose={onClose}
      title={
        persona.name ? t('sessions.personas.editTitle', { name: persona.name }) : t('sessions.personas.new')
      }
      size="lg"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          setTouched(true)
          if (p.name.trim())
            onSave({ ...p, name: p.name.trim(), group: p.group?.trim() ? p.group.trim() : null })
        }}
      >
        <Stack>
          <Group grow>
            <TextInput
              label={t('sessions.personas.fields.name')}
              dir="auto"
              description={t('sessions.personas.pseudonym')}
              required
              maxLength={LIMITS.persona.name}
              value={p.name}
              error={touched && !p.name.trim() ? t('sessions.personas.nameRequired') : null}
              onChange={(e) => set('name', e.currentTarget.value)}
              data-autofocus
            />
            <NumberInput
              label={t('sessions.personas.fields.age')}
              min={0}
              max={LIMITS.persona.maxAge}
              allowDecimal={false}
              value={p.age ?? ''}
              onChange={(v) => set('age', typeof v === 'number' ? v : null)}
            />
          </Group>
          <Group grow>
            {text('gender')}
            {text('timeSinceArrival')}
          </Group>
          {text('family')}
          {text('education')}
          {text('administrativeStatus')}
          <Textarea
            label={t('sessions.personas.fields.vulnerabilities')}
            autosize
            minRows={2}
            maxLength={LIMITS.persona.vulnerabilities}
            value={p.vulnerabilities}
            onChange={(e) => set('vulnerabilities', e.currentTarget.value)}
          />
          <Textarea
            label={t('sessions.personas.fields.story')}
            autosize
            minRows={4}
            maxLength={LIMITS.persona.story}
            value={p.story}
            onChange={(e) => set('story', e.currentTarget.value)}
          />
          <Group grow align="end">
            <TextInput
              label={t('sessions.personas.fields.group')}
              maxLength={LIMITS.persona.group}
              value={p.group ?? ''}
              onChange={(e) => set('group', e.currentTarget.value)}
            />
            <Switch
              label={t('sessions.personas.fields.fictional')}
              checked={p.fictional}
              onChange={(e) => set('fictional', e.currentTarget.checked)}
            />
          </Group>
          {error ? <ErrorAlert error={error} /> : null}
          <FormActions onCancel={onClose} loading={saving} />
        </Stack>
      </form>
    </AppModal>
  )
}
