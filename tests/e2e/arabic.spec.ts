import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, seriousA11yViolations, test } from './fixtures'

/** `ARABIC_SCREENSHOTS=1 npx playwright test tests/e2e/arabic.spec.ts` refreshes the README's images. */
const SHOTS = process.env.ARABIC_SCREENSHOTS ? join(import.meta.dirname, '../../docs/screenshots') : null
const shot = async (app: Page, name: string) => {
  if (SHOTS) await app.screenshot({ path: join(SHOTS, `arabic-${name}.png`) })
}

const box = async (app: Page, selector: ReturnType<Page['locator']>) => {
  const b = await selector.boundingBox()
  if (!b) throw new Error('not on screen')
  return b
}

test('Arabic: the shell mirrors, a session is planned and reordered by keyboard, a mixed note is captured, French restores ltr', async ({
  app
}) => {
  await app.setViewportSize({ width: 1280, height: 800 })
  const nav = app.getByRole('navigation').first()
  const main = app.locator('main#main')
  const ltrNav = await box(app, nav)
  expect(ltrNav.x).toBeLessThan((await box(app, main)).x)

  await app.getByTestId('language-select').selectOption('ar')
  await expect(app.locator('html[dir="rtl"][lang="ar"]')).toBeAttached()
  await expect(app.getByRole('heading', { level: 2, name: 'المكتبة' })).toBeVisible()
  // The whole shell is mirrored: navigation on the right of the reading area.
  const rtlNav = await box(app, app.getByRole('navigation', { name: 'الأقسام الرئيسية' }))
  expect(rtlNav.x).toBeGreaterThan((await box(app, main)).x)
  expect(rtlNav.x + rtlNav.width).toBeGreaterThan(1200)
  // The note's summaries in Arabic, badged as the team's translation, never as an edition of the note.
  await expect(app.getByTestId('translation-badge')).toContainText('ترجمة فريق Passerelle')
  await expect(app.getByTestId('translation-badge')).toContainText('بالإنجليزية والإسبانية والفرنسية فقط')
  await expect(app.getByTestId('item-column-ar')).toHaveAttribute('dir', 'rtl')
  expect(await seriousA11yViolations(app)).toEqual([])
  await app.getByRole('button', { name: 'إخفاء الترحيب' }).click()
  await shot(app, 'library')

  // Side by side, Arabic first: the Arabic column reads right to left next to an English one.
  await app.getByText('جنبًا إلى جنب').click()
  await app.getByLabel('العمود الأول').selectOption('ar')
  await app.getByLabel('العمود الثاني').selectOption('fr')
  await expect(app.getByTestId('item-column-fr')).toHaveAttribute('dir', 'ltr')
  await expect(app.getByTestId('item-column-ar')).toHaveAttribute('dir', 'rtl')
  await shot(app, 'side-by-side')

  // Plan a session.
  await app.getByRole('link', { name: 'الجلسات' }).click()
  await app.getByRole('button', { name: 'جلسة جديدة' }).click()
  const dialog = app.getByRole('dialog', { name: 'جلسة جديدة' })
  await dialog.getByLabel('العنوان').fill('ورشة سوسة')
  await dialog.getByRole('button', { name: 'إنشاء الجلسة' }).click()
  await expect(app.getByRole('heading', { level: 2, name: 'ورشة سوسة' })).toBeVisible()
  await app.getByRole('tab', { name: 'جدول الأعمال' }).click()
  await app.getByRole('button', { name: 'إضافة فقرة' }).click()
  await app.getByLabel('عنوان الفقرة 1').fill('الترحيب والموافقة')
  await app.getByLabel('عنوان الفقرة 1').blur()
  await app.getByRole('button', { name: 'إضافة استراحة' }).click()
  await app.getByRole('button', { name: 'إضافة فقرة' }).click()
  await app.getByLabel('عنوان الفقرة 3').fill('Parcours à Sousse')
  await app.getByLabel('عنوان الفقرة 3').blur()

  // Keyboard reordering (dnd-kit), announced in Arabic: Space, ArrowDown, Space.
  await app.getByRole('button', { name: 'اسحب «الترحيب والموافقة» لإعادة الترتيب' }).focus()
  await app.keyboard.press('Space')
  await app.waitForTimeout(150)
  await expect(app.locator('[role="status"][aria-live]').filter({ hasText: 'فوق الموضع' })).toBeAttached()
  await app.keyboard.press('ArrowDown')
  await app.waitForTimeout(150)
  await app.keyboard.press('Space')
  await expect(app.getByLabel('عنوان الفقرة 2')).toHaveValue('الترحيب والموافقة')
  await expect(app.locator('[role="status"][aria-live]').filter({ hasText: 'أُفلتت' })).toBeAttached()
  expect(await seriousA11yViolations(app)).toEqual([])
  await shot(app, 'agenda')

  // Capture a note in Arabic with a French place and a #tag inside it.
  await app.getByRole('link', { name: 'التشغيل المباشر' }).click()
  await app.getByRole('button', { name: 'بدء الجلسة' }).click()
  const input = app.getByTestId('capture-input')
  await expect(input).toBeFocused()
  await app.keyboard.type('زار المشاركون مكتب Saint-Étienne للسكن #logement')
  await app.keyboard.press('Enter')
  await expect(app.getByTestId('capture-count')).toHaveText('ملاحظة واحدة')
  const note = app.getByTestId('captured-note').first()
  await expect(note).toContainText('زار المشاركون مكتب Saint-Étienne للسكن')
  await expect(note.locator('[dir="auto"]').first()).toBeVisible()
  await expect(note.locator('bdi', { hasText: '#logement' }).first()).toBeVisible()
  expect(await seriousA11yViolations(app)).toEqual([])
  await shot(app, 'live')

  // Back to French: left to right again, navigation back on the left.
  await app.getByTestId('language-select').selectOption('fr')
  await expect(app.locator('html[dir="ltr"][lang="fr"]')).toBeAttached()
  const frNav = await box(app, app.getByRole('navigation').first())
  expect(frNav.x).toBeLessThan((await box(app, main)).x)
  // The Arabic note keeps reading right to left inside the French interface.
  await expect(app.getByTestId('captured-note').first()).toContainText('زار المشاركون')
})
