import { Suspense, type ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { preloadable } from '../../../src/renderer/src/preloadable'

function Greeting({ city }: { city: string }) {
  return <p>Welcome to {city}</p>
}

describe('preloadable screens', () => {
  const inSuspense = (element: ReactNode) =>
    renderToString(<Suspense fallback={<i>loading</i>}>{element}</Suspense>)

  it('render on their very first render once preloaded (React.lazy would show its fallback)', async () => {
    let loads = 0
    const Screen = preloadable(async () => {
      loads++
      return Greeting
    })
    await Screen.preload()
    const html = inSuspense(<Screen city="Sousse" />)
    expect(html).toContain('<p>Welcome to <!-- -->Sousse</p>')
    expect(html).not.toContain('loading')
    await Screen.preload()
    expect(loads).toBe(1)
  })

  it('show the fallback when rendered before their code is here', () => {
    const Screen = preloadable(() => new Promise<typeof Greeting>(() => undefined))
    expect(inSuspense(<Screen city="Grenoble" />)).toContain('<i>loading</i>')
  })

  it('a preload started by rendering is the same one preload() waits for', async () => {
    let loads = 0
    const Screen = preloadable(async () => {
      loads++
      return Greeting
    })
    renderToString(
      <Suspense fallback={null}>
        <Screen city="Valencia" />
      </Suspense>
    )
    await Screen.preload()
    expect(loads).toBe(1)
  })

  it('ask for a chunk again after it failed to arrive', async () => {
    let loads = 0
    const Screen = preloadable(async () => {
      loads++
      if (loads === 1) throw new Error('chunk failed')
      return Greeting
    })
    await expect(Screen.preload()).rejects.toThrow('chunk failed')
    await Screen.preload()
    expect(loads).toBe(2)
    expect(inSuspense(<Screen city="Barcelona" />)).toContain('Welcome to <!-- -->Barcelona')
  })
})
