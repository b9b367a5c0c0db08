import { Button, FileButton, type ButtonProps } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import type { ReactNode, Ref } from 'react'

/**
 * Pick a .json file and hand over its text. The renderer reads the file itself (File API) and
 * sends only the text to main: no path ever crosses the boundary.
 */
export function JsonFileButton({
  onText,
  resetRef,
  testId,
  children,
  ...button
}: {
  onText: (text: string) => void
  resetRef?: Ref<() => void>
  testId: string
  children: ReactNode
} & Pick<ButtonProps, 'variant' | 'size'>) {
  return (
    <FileButton
      {...(resetRef ? { resetRef } : {})}
      accept="application/json,.json"
      onChange={(file) => {
        if (file) void file.text().then(onText)
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
