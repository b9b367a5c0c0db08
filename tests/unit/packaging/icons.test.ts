import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const icons = join(import.meta.dirname, '../../../resources/icons')
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

/** Committed outputs of `npm run icons`, so a fresh clone packages without any image tool. */
describe('app icons (resources/icons, generated from passerelle.svg)', () => {
  it('has a square PNG for every size Linux desktops look for', () => {
    for (const size of SIZES) {
      const png = readFileSync(join(icons, 'png', `${size}x${size}.png`))
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size])
    }
  })

  it('has a Windows .ico with several sizes and a macOS .icns', () => {
    const ico = readFileSync(join(icons, 'icon.ico'))
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(4)
    const icns = readFileSync(join(icons, 'icon.icns'))
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
  })

  it('keeps the one source drawing beside them', () => {
    expect(readFileSync(join(icons, 'passerelle.svg'), 'utf8')).toContain('viewBox="0 0 1024 1024"')
  })
})
