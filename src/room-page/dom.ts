/** Builds an element; text only ever goes in through textContent, never as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean> = {},
  children: Array<Node | string | null> = []
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false) continue
    el.setAttribute(key, value === true ? '' : value)
  }
  for (const child of children)
    if (child !== null) el.append(typeof child === 'string' ? document.createTextNode(child) : child)
  return el
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild)
}
