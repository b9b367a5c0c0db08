import { fireEvent, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useIdleLock, useLockShortcut } from '../../../src/renderer/src/hooks/useIdleLock'

const MINUTE = 60_000

describe('useIdleLock', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('locks once nobody has used the window for the chosen time, not a moment before', () => {
    const onIdle = vi.fn()
    renderHook(() => useIdleLock(15, true, onIdle))
    vi.advanceTimersByTime(15 * MINUTE - 1)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('counts again from every key press, click, scroll or pointer move', () => {
    const onIdle = vi.fn()
    renderHook(() => useIdleLock(5, true, onIdle))
    const inputs = [fireEvent.keyDown, fireEvent.pointerDown, fireEvent.wheel, fireEvent.pointerMove]
    for (const input of inputs) {
      vi.advanceTimersByTime(4 * MINUTE)
      input(document.body)
    }
    // 16 minutes have passed, never 5 in a row without input.
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(5 * MINUTE)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('typing inside a field counts as activity too', () => {
    const onIdle = vi.fn()
    const input = document.createElement('input')
    document.body.append(input)
    renderHook(() => useIdleLock(1, true, onIdle))
    vi.advanceTimersByTime(50_000)
    fireEvent.keyDown(input, { key: 'a' })
    vi.advanceTimersByTime(50_000)
    expect(onIdle).not.toHaveBeenCalled()
    input.remove()
  })

  it('does nothing while disabled (locked, or no passphrase), and follows a new idle time', () => {
    const onIdle = vi.fn()
    const { rerender } = renderHook(({ minutes, enabled }) => useIdleLock(minutes, enabled, onIdle), {
      initialProps: { minutes: 15, enabled: false }
    })
    vi.advanceTimersByTime(60 * MINUTE)
    expect(onIdle).not.toHaveBeenCalled()
    rerender({ minutes: 1, enabled: true })
    vi.advanceTimersByTime(MINUTE)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('stops counting when unmounted', () => {
    const onIdle = vi.fn()
    const { unmount } = renderHook(() => useIdleLock(1, true, onIdle))
    unmount()
    vi.advanceTimersByTime(10 * MINUTE)
    expect(onIdle).not.toHaveBeenCalled()
  })
})

describe('useLockShortcut', () => {
  it('Ctrl+L and Cmd+L lock, and the browser does not get the keystroke (its address bar)', () => {
    const onLock = vi.fn()
    renderHook(() => useLockShortcut(true, onLock))
    const ctrl = new KeyboardEvent('keydown', { key: 'l', ctrlKey: true, bubbles: true, cancelable: true })
    document.body.dispatchEvent(ctrl)
    expect(onLock).toHaveBeenCalledTimes(1)
    expect(ctrl.defaultPrevented).toBe(true)
    fireEvent.keyDown(document.body, { key: 'L', metaKey: true })
    expect(onLock).toHaveBeenCalledTimes(2)
  })

  it('ignores L alone, Ctrl+Shift+L, Ctrl+K, and everything while disabled', () => {
    const onLock = vi.fn()
    const { rerender } = renderHook(({ enabled }) => useLockShortcut(enabled, onLock), {
      initialProps: { enabled: true }
    })
    fireEvent.keyDown(document.body, { key: 'l' })
    fireEvent.keyDown(document.body, { key: 'L', ctrlKey: true, shiftKey: true })
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
    rerender({ enabled: false })
    fireEvent.keyDown(document.body, { key: 'l', ctrlKey: true })
    expect(onLock).not.toHaveBeenCalled()
  })
})
