import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** As a facilitator would: Sessions → New session → title (and template) → Create. */
export async function newSession(app: Page, title: string, template?: string): Promise<void> {
  await app.getByRole('link', { name: 'Sessions' }).click()
  await app.getByRole('button', { name: 'New session' }).click()
  const dialog = app.getByRole('dialog', { name: 'New session' })
  await dialog.getByLabel('Title').fill(title)
  if (template) await dialog.getByLabel('Start from').selectOption({ label: template })
  await dialog.getByRole('button', { name: 'Create session' }).click()
  await expect(app.getByRole('heading', { level: 2, name: title })).toBeVisible()
}

export const STORYTELLING_IN_ROOM = 'Storytelling: exploring the accessibility of the city (in the room)'
