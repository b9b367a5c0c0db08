import { Loader, Overlay, Stack, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { NotebookStatus } from '../../../../shared/domain/app-info'
import { call } from '../../api/client'
import { keys } from '../../api/keys'
import { setLockState } from '../../api/lock-state'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { switchLanguage } from '../../i18n'
import { takeLanguageChosenWhileLocked } from '../settings/save-language'
import { LockScreen } from './LockScreen'
import { useLockController } from './useLockController'

/**
 * Between the data layer and every screen: while the notebook is locked the screens are not
 * mounted at all (so nothing of the notebook is in the page), only the lock screen is.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const lock = useLockController()

  const unlocked = (status: NotebookStatus) => {
    client.setQueryData(keys.notebookStatus, status)
    setLockState({ phase: 'open', unsaved: 0 })
    document.getElementById('main')?.focus()
    // Chosen on the lock screen: stored now. Otherwise the notebook's choice, unreadable while locked.
    const chosen = takeLanguageChosenWhileLocked()
    if (chosen) {
      call('settings:set', { language: chosen }).catch(() => undefined)
      return
    }
    call('settings:get').then(
      (settings) => {
        if (settings.language && settings.language !== i18n.language) void switchLanguage(settings.language)
      },
      () => undefined
    )
  }

  if (lock.phase === 'checking') return <Text c="dimmed">{t('app.loading')}</Text>
  if (lock.phase === 'locked') return <LockScreen unsaved={lock.unsaved} onUnlocked={unlocked} />
  return (
    <>
      {children}
      {lock.phase === 'locking' && (
        // Above every dialog, until the screens are gone.
        <Overlay fixed zIndex={1000} color="#f8f9fa" backgroundOpacity={1} data-testid="locking">
          <Stack align="center" justify="center" h="100%" role="status">
            <Loader aria-hidden />
            <Text>{t('lock.locking')}</Text>
          </Stack>
        </Overlay>
      )}
      <ConfirmDialog
        opened={lock.blocked > 0}
        title={t('lock.blockedTitle')}
        message={t('lock.blockedBody', { count: lock.blocked })}
        confirmLabel={t('lock.lockAnyway')}
        destructive
        onConfirm={lock.lockAnyway}
        onCancel={lock.cancelBlocked}
      />
    </>
  )
}
