import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { JsonFileButton } from '../../components/JsonFileButton'
import type { PickedImport } from '../import/picked-file'
import { ImportPackDialog } from './ImportPackDialog'

/** Pick a file, see what it holds, then import it whole — or see, in plain words, why not. */
export function ImportPackButton() {
  const { t } = useTranslation()
  const [file, setFile] = useState<PickedImport | null>(null)
  return (
    <>
      <JsonFileButton
        variant="light"
        size="xs"
        testId="import-pack"
        onText={(content) => setFile({ content })}
        onError={(error) => setFile({ error })}
      >
        {t('library.import.button')}
      </JsonFileButton>
      <ImportPackDialog file={file} onClose={() => setFile(null)} />
    </>
  )
}
