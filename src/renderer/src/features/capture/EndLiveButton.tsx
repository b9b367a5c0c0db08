import { Button } from '@mantine/core'
import { IconPlayerStop } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../../components/ConfirmDialog'

/**
 * Ends the last block, and with it live mode. When the room is open the facilitator is told first
 * that ending closes it (phones lose their way in mid-sentence otherwise); when not, it just ends.
 */
export function EndLiveButton({
  roomOpen,
  disabled,
  onEnd
}: {
  roomOpen: boolean
  disabled: boolean
  onEnd: () => void
}) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  return (
    <>
      <Button
        color="red.9"
        leftSection={<IconPlayerStop size={16} aria-hidden />}
        disabled={disabled}
        onClick={() => (roomOpen ? setAsking(true) : onEnd())}
      >
        {t('capture.end')}
      </Button>
      <ConfirmDialog
        opened={asking}
        title={t('capture.endConfirm.title')}
        message={t('capture.endConfirm.message')}
        confirmLabel={t('capture.endConfirm.confirm')}
        destructive
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false)
          onEnd()
        }}
      />
    </>
  )
}
