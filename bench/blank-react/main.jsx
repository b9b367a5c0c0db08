// Baseline for first_render_ms: the smallest React page, built and served like the real renderer,
// marking "ready" the same way the shell does (an effect after the first commit).
import { createElement, useLayoutEffect } from 'react'
import { createRoot } from 'react-dom/client'

function Blank() {
  useLayoutEffect(() => {
    document.documentElement.setAttribute('data-ready', 'true')
    performance.mark('passerelle-ready')
  }, [])
  return createElement('h1', null, 'Blank')
}

createRoot(document.getElementById('root')).render(createElement(Blank))
