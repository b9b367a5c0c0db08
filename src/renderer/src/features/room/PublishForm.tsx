import { Button, Checkbox, Group, NumberInput, Stack, Switch, Text, Textarea, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Session } from '../../../../shared/planning/session'
import type { RoomStatus } from '../../../../shared/room/facilitator'
import { ROOM_LIMITS } from '../../../../shared/room/constants'
import { ErrorAlert } from '../../components/ErrorAlert'
import { usePublishToRoom } from '../../api/room'

/** What the room sees: the prompt, the clusters open for dot-voting, and what the projector may show. */
export function PublishForm({
  session,
  status,
  blockTitle
}: {
  session: Session
  status: RoomStatus
  blockTitle: string | null
}) {
  const { t } = useTranslation()
  const publish = usePublishToRoom(session.id)
  const p = status.published
  const [prompt, setPrompt] = useState(p.prompt ?? blockTitle ?? '')
  const [clusterIds, setClusterIds] = useState<string[]>(p.clusters.map((c) => c.id))
  const [dots, setDots] = useState(p.dots)
  const clusters = session.synthesis.clusters
  return (
    <form
      noValidate
      aria-labelledby="room-publish-title"
      onSubmit={(e) => {
        e.preventDefault()
        publish.mutate({ prompt, clusterIds, dots })
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id="room-publish-title">
          {t('room.publish.title')}
        </Title>
        <Textarea
          label={t('room.publish.prompt')}
          description={t('room.publish.promptHelp')}
          value={prompt}
          maxLength={ROOM_LIMITS.prompt}
          autosize
          minRows={2}
          onChange={(e) => setPrompt(e.currentTarget.value)}
        />
        {clusters.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('room.publish.noClusters')}
          </Text>
        ) : (
          <Checkbox.Group label={t('room.publish.clusters')} value={clusterIds} onChange={setClusterIds}>
            <Stack gap={6} mt={6}>
              {clusters.map((c) => (
                <Checkbox key={c.id} value={c.id} label={c.name} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <NumberInput
          label={t('room.dialog.dots')}
          min={1}
          max={ROOM_LIMITS.maxDots}
          value={dots}
          onChange={(v) => setDots(typeof v === 'number' ? v : dots)}
          w={220}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={publish.isPending}>
            {t('room.publish.submit')}
          </Button>
        </Group>
        <Switch
          label={t('room.publish.showContributions')}
          checked={p.showContributions}
          onChange={(e) => publish.mutate({ showContributions: e.currentTarget.checked })}
        />
        <Switch
          label={t('room.publish.showVotes')}
          checked={p.showVotes}
          onChange={(e) => publish.mutate({ showVotes: e.currentTarget.checked })}
        />
        {publish.isSuccess && (
          <Text size="sm" role="status">
            {t('room.publish.done')}
          </Text>
        )}
        {publish.error && <ErrorAlert error={publish.error} />}
      </Stack>
    </form>
  )
}
