import type { RoomParticipantView } from '../shared/room/participant'
import { roomApi } from './api'
import { h } from './dom'
import { fill } from './locales'
import type { Catalog } from './locales/catalog'

/** Dot-voting on the published clusters: − and + per cluster, then one save. Empty when no vote is open. */
export function voteForm(
  c: Catalog,
  view: RoomParticipantView,
  code: string,
  saved: (view: RoomParticipantView) => void
): HTMLElement {
  if (view.clusters.length === 0) return h('div', { hidden: true })
  const mine: Record<string, number> = { ...view.myVotes }
  const used = () => Object.values(mine).reduce((a, b) => a + b, 0)
  const left = h('p', { class: 'dots-left', 'aria-live': 'polite' })
  const result = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' })
  const rows = h('ul', { class: 'clusters' })
  const counters: Array<() => void> = []
  const refresh = () => {
    left.textContent = fill(c.dotsLeft, { n: view.dots - used() })
    for (const update of counters) update()
  }
  for (const cluster of view.clusters) {
    const count = h('span', { class: 'count' })
    const minus = h(
      'button',
      { type: 'button', class: 'dot', 'aria-label': fill(c.removeDot, { name: cluster.name }) },
      ['−']
    )
    const plus = h(
      'button',
      { type: 'button', class: 'dot', 'aria-label': fill(c.addDot, { name: cluster.name }) },
      ['+']
    )
    minus.addEventListener('click', () => {
      mine[cluster.id] = Math.max(0, (mine[cluster.id] ?? 0) - 1)
      refresh()
    })
    plus.addEventListener('click', () => {
      if (used() < view.dots) mine[cluster.id] = (mine[cluster.id] ?? 0) + 1
      refresh()
    })
    counters.push(() => {
      const n = mine[cluster.id] ?? 0
      count.textContent = String(n)
      count.setAttribute('aria-label', fill(c.dotsOn, { n, name: cluster.name }))
      minus.disabled = n === 0
      plus.disabled = used() >= view.dots
    })
    rows.append(h('li', {}, [h('span', { class: 'name', dir: 'auto' }, [cluster.name]), minus, count, plus]))
  }
  const button = h('button', { type: 'button', class: 'primary' }, [c.sendVotes])
  button.addEventListener('click', () => {
    button.disabled = true
    void roomApi.vote({ code, votes: mine }).then((outcome) => {
      button.disabled = false
      if (outcome.ok) {
        saved({ ...view, myVotes: outcome.value.myVotes })
        result.textContent = c.votesSaved
      } else result.textContent = c.errors[outcome.error] ?? c.errors.failed
    })
  })
  refresh()
  return h('section', { class: 'card', 'aria-labelledby': 'vote-h' }, [
    h('h2', { id: 'vote-h' }, [c.voteHeading]),
    left,
    rows,
    button,
    result
  ])
}
