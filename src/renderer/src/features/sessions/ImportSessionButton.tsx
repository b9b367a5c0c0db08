import type { ButtonProps } from '@mantine/core'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { JsonFileButton } from '../../components/JsonFileButton'
import type { PickedImport } from '../import/picked-file'
import { ImportSessionDialog } from './ImportSessionDialog'

/**
 * Pick a session file, see what it holds, then bring it into the notebook — as a copy if it is
 * already there. `label`, `variant` and `testId` let another place (the welcome) offer the same flow.
 */
export function ImportSessionButton({
  label,
  variant = 'default',
  testId = 'import-session'
}: { label?: string; variant?: ButtonProps['variant']; testId?: string } = {}) {
  const { t } = useTranslation()
  const [file, setFile] = useState<PickedImport | null>(null)
  const resetRef = useRef<() => void>(null)
  return (
    <>
      <JsonFileButton
        resetRef={resetRef}
        variant={variant}
        testId={testId}
        onText={(content) => setFile({ content })}
        onError={(error) => setFile({ error })}
      >
        {label ?? t('care.import.button')}
      </JsonFileButton>
      <ImportSessionDialog
        file={file}
        onClose={() => {
          setFile(null)
          resetRef.current?.()
        }}
      />
    </>
  )
}
