import { useEffect, useRef } from 'react'

/** What counts as the user being there: any key, click, touch, scroll or pointer move in the window. */
export const ACTIVITY_EVENTS = [
  'keydown',
  'pointerdown',
  'pointermove',
  'wheel',
  'touchstart',
  'focus'
] as const

/**
 * Calls `onIdle` once nobody has used the window for `minutes`. Activity only records the time
 * (a pointer move fires often); one timer, rescheduled for the remainder when it finds the user was
 * active meanwhile. Stops while `enabled` is false (locked, or no passphrase to lock with).
 */
export function useIdleLock(minutes: number, enabled: boolean, onIdle: () => void): void {
  const latest = useRef(onIdle)
  useEffect(() => {
    latest.current = onIdle
  })
  useEffect(() => {
    if (!enabled || !(minutes > 0)) return
    const limit = minutes * 60_000
    let last = Date.now()
    let timer: ReturnType<typeof setTimeout>
    const check = () => {
      const quiet = Date.now() - last
      if (quiet >= limit) latest.current()
      else timer = setTimeout(check, limit - quiet)
    }
    const active = () => {
      last = Date.now()
    }
    timer = setTimeout(check, limit)
    for (const type of ACTIVITY_EVENTS)
      window.addEventListener(type, active, { capture: true, passive: true })
    return () => {
      clearTimeout(timer)
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, active, { capture: true })
    }
  }, [minutes, enabled])
}

/** Ctrl+L (Cmd+L on a Mac) locks at once, from any screen, even inside a text field. */
export function useLockShortcut(enabled: boolean, onLock: () => void): void {
  const latest = useRef(onLock)
  useEffect(() => {
    latest.current = onLock
  })
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      if (event.key.toLowerCase() !== 'l') return
      // The browser's own Ctrl+L (address bar) would take the keystroke instead.
      event.preventDefault()
      latest.current()
    }
    window.addEventListener('keydown', onKey, { capture: true })
    return () => window.removeEventListener('keydown', onKey, { capture: true })
  }, [enabled])
}
