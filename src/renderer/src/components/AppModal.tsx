import { Modal, type ModalProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** Mantine's Modal with its close button named for screen readers, in the user's language. */
export function AppModal({ closeButtonProps, ...props }: ModalProps) {
  const { t } = useTranslation()
  return <Modal closeButtonProps={{ 'aria-label': t('common.close'), ...closeButtonProps }} {...props} />
}
