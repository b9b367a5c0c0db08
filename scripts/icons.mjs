// npm run icons: every app icon from the one source drawing, resources/icons/passerelle.svg.
// The outputs are committed, so a fresh clone packages without running this (or any image tool).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import png2icons from 'png2icons'
import { ROOT } from './lib.mjs'

const dir = join(ROOT, 'resources', 'icons')
const svg = readFileSync(join(dir, 'passerelle.svg'))
// Linux desktops pick the nearest size from this set; electron-builder reads the folder as is.
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

const render = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()

mkdirSync(join(dir, 'png'), { recursive: true })
for (const size of SIZES) writeFileSync(join(dir, 'png', `${size}x${size}.png`), render(size))

// Both containers are built from the largest rendering; png2icons scales it down for each entry.
const master = render(1024)
const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, true, true)
const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0)
if (!ico || !icns) throw new Error('png2icons could not build the .ico or .icns file')
writeFileSync(join(dir, 'icon.ico'), ico)
writeFileSync(join(dir, 'icon.icns'), icns)
console.log(`Icons written to resources/icons: ${SIZES.length} PNGs, icon.ico, icon.icns.`)
