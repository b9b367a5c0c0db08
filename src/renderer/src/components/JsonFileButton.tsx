import { Button, FileButton, type ButtonProps } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import type { ReactNode, Ref } from 'react'
import type { ApiError } from '../api/client'
import { readJsonFile } from './read-json-file'

/**
 * Pick a .json file and hand over its text. The renderer reads the file itself (File API) and
 * sends only the text to main: no path ever crosses the boundary. A file that is too large or not
 * UTF-8 goes to `onError` instead, and nothing is sent.
 */
export function JsonFileButton({
  onText,
  onError,
  resetRef,
  testId,
  children,
  ...button
}: {
  onText: (text: string) => void
  onError: (error: ApiError) => void
  resetRef?: Ref<() => void>
  testId: string
  children: ReactNode
} & Pick<ButtonProps, 'variant' | 'size'>) {
  return (
    <FileButton
      {...(resetRef ? { resetRef } : {})}
      accept="application/json,.json"
      onChange={(file) => {
        if (file) void readJsonFile(file).then((read) => (read.ok ? onText(read.text) : onError(read.error)))
      }}
    >
      {(props) => (
        <Button
          {...props}
          {...button}
          leftSection={<IconFileImport size={16} aria-hidden />}
          data-testid={testId}
        >
          {children}
        </Button>
      )}
    </FileButton>
  )
}
