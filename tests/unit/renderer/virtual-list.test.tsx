import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { VirtualList } from '../../../src/renderer/src/components/VirtualList'
import { renderApp } from '../../support/render-app'

const ITEMS = Array.from({ length: 500 }, (_, i) => ({ id: `item${i + 1}`, text: `Item ${i + 1}` }))

function open(count = ITEMS.length) {
  const view = renderApp(
    <VirtualList
      items={ITEMS.slice(0, count)}
      getKey={(item) => item.id}
      estimateSize={40}
      label="Things"
      renderItem={(item) => (
        <p>
          {item.text} <button type="button">Open {item.text}</button>
        </p>
      )}
    />
  )
  return { ...view, list: screen.getByRole('list', { name: 'Things' }) }
}

const items = () => screen.getAllByRole('listitem')
const posinset = (element: Element | null) => Number(element?.getAttribute('aria-posinset'))
const focusedItem = () => document.activeElement?.closest('li') ?? null

describe('VirtualList', () => {
  it('renders a window of a long list, each item saying where it stands in the whole list', () => {
    open()
    const shown = items()
    // jsdom lays nothing out: the list assumes a 600 px window of 40 px items, plus a few either side.
    expect(shown.length).toBeGreaterThan(10)
    expect(shown.length).toBeLessThan(40)
    shown.forEach((li, i) => {
      expect(li.getAttribute('aria-setsize')).toBe('500')
      expect(posinset(li)).toBe(i + 1)
    })
    expect(screen.queryByText('Item 500')).toBeNull()
  })

  it('is one Tab stop: only the first item is in the tab order', () => {
    open()
    expect(items().filter((li) => li.tabIndex === 0)).toEqual([items()[0]])
  })

  it('moves the focus with ArrowDown/ArrowUp, End and Home, rendering the item it moves to', async () => {
    const { user } = open()
    await user.tab()
    expect(posinset(focusedItem())).toBe(1)
    expect(document.activeElement).toBe(items()[0])

    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(posinset(document.activeElement)).toBe(3)
    expect(document.activeElement?.textContent).toContain('Item 3')
    await user.keyboard('{ArrowUp}')
    expect(posinset(document.activeElement)).toBe(2)

    await user.keyboard('{End}')
    await waitFor(() => expect(posinset(document.activeElement)).toBe(500))
    expect(document.activeElement?.getAttribute('aria-setsize')).toBe('500')
    expect(document.activeElement?.textContent).toContain('Item 500')
    // The focused item stays rendered and is the one Tab stop.
    expect(items().filter((li) => li.tabIndex === 0)).toEqual([document.activeElement])
    await user.keyboard('{ArrowDown}')
    expect(posinset(document.activeElement)).toBe(500)

    await user.keyboard('{Home}')
    await waitFor(() => expect(posinset(document.activeElement)).toBe(1))
    await user.keyboard('{ArrowUp}')
    expect(posinset(document.activeElement)).toBe(1)
  })

  it('PageDown moves by about a window of items', async () => {
    const { user } = open()
    await user.tab()
    await user.keyboard('{PageDown}')
    await waitFor(() => expect(posinset(document.activeElement)).toBeGreaterThan(10))
  })

  it('leaves arrow keys pressed inside an item to the control that has them', async () => {
    const { user } = open()
    const button = within(items()[1]!).getByRole('button', { name: 'Open Item 2' })
    await user.click(button)
    expect(document.activeElement).toBe(button)
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(button)
    // Focus inside an item makes it the Tab stop.
    expect(items()[1]!.tabIndex).toBe(0)
  })

  it('a short list renders every item', () => {
    open(3)
    expect(items().map((li) => [li.textContent, li.getAttribute('aria-setsize'), posinset(li)])).toEqual([
      ['Item 1 Open Item 1', '3', 1],
      ['Item 2 Open Item 2', '3', 2],
      ['Item 3 Open Item 3', '3', 3]
    ])
  })
})
