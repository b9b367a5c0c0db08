import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Virtualizer
} from '@tanstack/react-virtual'
import {
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type Ref
} from 'react'
import classes from './VirtualList.module.css'

/** What a parent may ask of the list: bring an item into view, or move the keyboard focus to it. */
export interface VirtualListHandle {
  /** `start` puts the item at the top; `auto` scrolls only as far as needed to show it. */
  scrollToIndex: (index: number, align?: 'start' | 'auto') => void
  focusIndex: (index: number) => void
}

export interface VirtualListProps<T> {
  items: readonly T[]
  /** A stable key per item (its id): measured heights and focus follow the item, not its position. */
  getKey: (item: T) => string
  /** Render one item's content; memoise the component it returns, the list calls this for visible items only. */
  renderItem: (item: T, index: number) => ReactNode
  /** A typical item's height in pixels, until it is measured. */
  estimateSize: number
  /** The list's accessible name (or `labelledBy`). */
  label?: string
  labelledBy?: string
  /** The scrolling box's height limit: a CSS length, or `fill` to reach down to the window's bottom. */
  maxHeight?: number | string
  /** With `maxHeight: 'fill'`: never shorter than this (px), and this much room left below (px). */
  fill?: { min: number; bottom: number }
  gap?: number
  overscan?: number
  /** On each item (`li`), for tests and styling hooks. */
  itemTestId?: string
  /** On the scrolling box. */
  testId?: string
  style?: CSSProperties
  ref?: Ref<VirtualListHandle>
  /** The whole list's length when `items` is only its loaded start (told to assistive technology). */
  setSize?: number
}

/** jsdom (unit tests) lays nothing out: without a height, show a window's worth as a browser would. */
const NO_LAYOUT_HEIGHT = 600

/**
 * A long list that renders only what can be seen (plus a few on either side), so its cost does
 * not grow with its length. It stays a list for assistive technology: an `ol` with role=list,
 * each rendered item carrying aria-setsize and aria-posinset. Items take part in one Tab stop
 * (roving focus): ArrowUp/ArrowDown, PageUp/PageDown, Home and End move between items, scrolling
 * the next one into view; the item that holds the focus stays rendered while it is scrolled away.
 */
export function VirtualList<T>({
  items,
  getKey,
  renderItem,
  estimateSize,
  label,
  labelledBy,
  maxHeight = 480,
  fill,
  gap = 0,
  overscan = 4,
  itemTestId,
  testId,
  style,
  ref,
  setSize
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const count = items.length
  // The roving Tab stop, the item holding the focus (by key: it survives items arriving above it)
  // and the item the keyboard is moving to (one object per move), rendered before it is scrolled to.
  const [active, setActive] = useState(0)
  const [focusedKey, setFocusedKey] = useState<string | null>(null)
  const [target, setTarget] = useState<{ index: number } | null>(null)
  const focusedIndex = focusedKey === null ? -1 : items.findIndex((item) => getKey(item) === focusedKey)
  const fillHeight = useFillHeight(
    scrollRef,
    maxHeight === 'fill' ? (fill ?? { min: 320, bottom: 16 }) : null
  )

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      const pinned = [focusedIndex, target?.index ?? -1].filter((i) => i >= 0 && i < range.count)
      return pinned.length === 0 ? indexes : [...new Set([...indexes, ...pinned])].sort((a, b) => a - b)
    },
    [focusedIndex, target]
  )
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's methods are not memoised; this component re-renders with it.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    getItemKey: (index) => getKey(items[index]!),
    overscan,
    gap,
    rangeExtractor,
    useFlushSync: false,
    observeElementRect: observeRectOrWindow,
    // Where nothing is laid out (jsdom) an item measures 0: keep the estimate.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || estimateSize
  })
  const virtualItems = virtualizer.getVirtualItems()

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index))
    setActive(next)
    setTarget({ index: next })
  }
  useImperativeHandle(ref, () => ({
    scrollToIndex: (index: number, align: 'start' | 'auto' = 'start') =>
      virtualizer.scrollToIndex(index, { align }),
    focusIndex: moveTo
  }))
  // The item moved to is rendered now (it is pinned): focus it, and let the virtualizer scroll to it.
  useLayoutEffect(() => {
    if (target === null) return
    const element = listRef.current?.querySelector<HTMLElement>(`:scope > li[data-index="${target.index}"]`)
    element?.focus({ preventScroll: true })
    virtualizer.scrollToIndex(target.index, { align: 'auto' })
  }, [target, virtualizer])

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (event.target !== event.currentTarget || event.defaultPrevented) return
    const page = Math.max(1, (virtualizer.range?.endIndex ?? 0) - (virtualizer.range?.startIndex ?? 0))
    const next: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: count - 1
    }
    if (!(event.key in next) || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    moveTo(next[event.key]!)
  }

  // One Tab stop: the active item when it is rendered, else the first one in view.
  const rendered = new Set(virtualItems.map((v) => v.index))
  const tabStop = rendered.has(active)
    ? active
    : (virtualizer.range?.startIndex ?? virtualItems[0]?.index ?? 0)

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      data-testid={testId}
      style={{ maxHeight: maxHeight === 'fill' ? fillHeight : maxHeight, ...style }}
    >
      <ol
        ref={listRef}
        role="list"
        aria-label={label}
        aria-labelledby={labelledBy}
        className={classes.list}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualItems.map((v) => {
          const item = items[v.index]
          if (item === undefined) return null
          const key = String(v.key)
          return (
            <li
              key={key}
              ref={virtualizer.measureElement}
              data-index={v.index}
              data-testid={itemTestId}
              aria-setsize={setSize ?? count}
              aria-posinset={v.index + 1}
              tabIndex={v.index === tabStop ? 0 : -1}
              className={classes.item}
              style={{ transform: `translateY(${v.start}px)` }}
              onKeyDown={(e) => onKeyDown(e, v.index)}
              onFocus={() => {
                setFocusedKey(key)
                setActive(v.index)
                setTarget(null)
              }}
              onBlur={(e) => {
                if (!e.currentTarget.contains(e.relatedTarget as Node | null))
                  setFocusedKey((k) => (k === key ? null : k))
              }}
            >
              {renderItem(item, v.index)}
            </li>
          )
        })}
      </ol>
    </div>
  )
}

/** The scrolling box's size; where nothing is laid out (jsdom), a window's worth. */
function observeRectOrWindow(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void
) {
  return observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width, height: NO_LAYOUT_HEIGHT })
  )
}

/**
 * For `maxHeight: 'fill'`: the room between the box's top and the window's bottom, kept up to date
 * when the window is resized or the content above it grows or shrinks (filters unfolding).
 * Measured before the first paint, and the minimum until then: a box without a height limit would
 * be as tall as the whole list, and the virtualizer would render every item into it.
 */
function useFillHeight(
  ref: { current: HTMLElement | null },
  fill: { min: number; bottom: number } | null
): number | undefined {
  const [height, setHeight] = useState<number | undefined>(fill?.min)
  const min = fill?.min
  const bottom = fill?.bottom
  useLayoutEffect(() => {
    if (min === undefined || bottom === undefined) return
    const measure = () => {
      const element = ref.current
      if (!element) return
      const top = element.getBoundingClientRect().top + window.scrollY
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - bottom)))
    }
    measure()
    window.addEventListener('resize', measure)
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => {
      window.removeEventListener('resize', measure)
      observer.disconnect()
    }
  }, [ref, min, bottom])
  return height
}
