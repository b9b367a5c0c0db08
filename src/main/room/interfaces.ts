import { networkInterfaces } from 'node:os'
import type { RoomInterface } from '../../shared/room/facilitator'

/**
 * Set to a loopback address (e.g. 127.0.0.2) by the tests: the room then offers that address
 * only, so no test can ever listen on a real network.
 */
export const ROOM_TEST_ADDRESS_ENV = 'PASSERELLE_ROOM_TEST_ADDRESS'

const isLoopback = (address: string) => /^127\.\d+\.\d+\.\d+$/.test(address) || address === '::1'

/** The addresses the room can listen on: the computer's network interfaces, loopback hidden. */
export function roomInterfaces(env: NodeJS.ProcessEnv = process.env): RoomInterface[] {
  const test = env[ROOM_TEST_ADDRESS_ENV]
  if (test) return isLoopback(test) ? [{ name: 'loopback (test)', address: test, family: 'IPv4' }] : []
  const found: RoomInterface[] = []
  for (const [name, addresses] of Object.entries(networkInterfaces())) {
    for (const a of addresses ?? []) {
      if (a.internal || isLoopback(a.address)) continue
      // Link-local IPv6 needs a zone id that phones cannot type; IPv4 is what hotspots hand out.
      if (a.family === 'IPv6' && a.address.toLowerCase().startsWith('fe80')) continue
      found.push({ name, address: a.address, family: a.family === 'IPv6' ? 'IPv6' : 'IPv4' })
    }
  }
  return found.sort((x, y) => (x.family === y.family ? 0 : x.family === 'IPv4' ? -1 : 1))
}
