import {
  Canvas,
  type Rgb,
  circle,
  hex,
  intersect,
  polygon,
  ring,
  roundedRect,
  union,
} from './canvas'
import { dotText, textWidth } from './font'

export type Motif = 'rings' | 'grid' | 'arch' | 'diamond' | 'stripes' | 'sun' | 'wave' | 'blocks'

export interface LogoStyle {
  motif: Motif
  /** Index into PALETTES. */
  palette: number
  /** Letters of the monogram (accents are dropped), at most 4. */
  monogram: string
}

const PALETTES: [Rgb, Rgb, Rgb][] = [
  [hex('#f5f1e8'), hex('#1d3557'), hex('#e76f51')],
  [hex('#eef4f0'), hex('#2a6f4e'), hex('#e9c46a')],
  [hex('#f4eef6'), hex('#5b2a86'), hex('#f28482')],
  [hex('#1d2433'), hex('#f1faee'), hex('#48cae4')],
  [hex('#fdf6ec'), hex('#9c4221'), hex('#2b6777')],
  [hex('#eef2f7'), hex('#0b4f6c'), hex('#f4a259')],
  [hex('#f7f3e3'), hex('#3d405b'), hex('#81b29a')],
  [hex('#22313f'), hex('#f7d08a'), hex('#e07a5f')],
]

/** A 400×400 geometric mark above a dot-matrix monogram. */
export function logo(style: LogoStyle): Buffer {
  const [paper, ink, accent] = PALETTES[style.palette % PALETTES.length]!
  const c = new Canvas(400, 400)
  c.gradient(paper, paper, 2)
  drawMotif(c, style.motif, ink, accent)
  const letters = style.monogram.slice(0, 4)
  const dot = 11
  c.fill(roundedRect(0, 300, 400, 400, 0), [0, 300, 400, 400], ink, 0.08)
  dotText(c, letters, 200 - textWidth(letters, dot) / 2, 312, dot, ink)
  return c.png()
}

function drawMotif(c: Canvas, motif: Motif, ink: Rgb, accent: Rgb) {
  const box = [60, 20, 340, 300] as const
  switch (motif) {
    case 'rings':
      ;[120, 88, 56].forEach((r, i) =>
        c.fill(ring(circle(200, 160, r), 18), box, i === 1 ? accent : ink),
      )
      return
    case 'grid':
      for (let i = 0; i < 9; i++) {
        const x = 95 + (i % 3) * 75
        const y = 55 + Math.floor(i / 3) * 75
        c.fill(roundedRect(x, y, x + 60, y + 60, 14), box, i % 4 === 0 ? accent : ink)
      }
      return
    case 'arch':
      c.fill(
        intersect(ring(circle(200, 250, 150), 36), (_x, y) => y - 250),
        box,
        ink,
      )
      c.fill(
        intersect(ring(circle(200, 250, 90), 36), (_x, y) => y - 250),
        box,
        accent,
      )
      c.fill(circle(200, 228, 22), box, ink)
      return
    case 'diamond':
      c.fill(
        polygon([
          [200, 30],
          [330, 160],
          [200, 290],
          [70, 160],
        ]),
        box,
        ink,
      )
      c.fill(
        polygon([
          [200, 95],
          [265, 160],
          [200, 225],
          [135, 160],
        ]),
        box,
        accent,
      )
      return
    case 'stripes': {
      const stripes = (x: number, y: number) => Math.abs(((x + y) % 56) - 28) - 12
      c.fill(intersect(circle(200, 160, 130), stripes), box, ink)
      c.fill(ring(circle(200, 160, 130), 14), box, accent)
      return
    }
    case 'sun': {
      const rays = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => {
        const a = (i / 8) * Math.PI * 2
        const tip = [200 + Math.cos(a) * 135, 160 + Math.sin(a) * 135] as const
        const l = [200 + Math.cos(a - 0.25) * 70, 160 + Math.sin(a - 0.25) * 70] as const
        const r = [200 + Math.cos(a + 0.25) * 70, 160 + Math.sin(a + 0.25) * 70] as const
        return polygon([l, tip, r])
      })
      c.fill(union(...rays), box, accent)
      c.fill(circle(200, 160, 72), box, ink)
      return
    }
    case 'wave':
      for (let i = 0; i < 4; i++) {
        const y0 = 70 + i * 52
        const wave = (x: number, y: number) => Math.abs(y - y0 - Math.sin((x - 60) / 38) * 18) - 10
        c.fill(wave, [60, y0 - 40, 340, y0 + 40], i % 2 ? accent : ink)
      }
      return
    case 'blocks':
      c.fill(roundedRect(80, 60, 190, 270, 10), box, ink)
      c.fill(roundedRect(210, 60, 320, 150, 10), box, accent)
      c.fill(roundedRect(210, 170, 320, 270, 55), box, ink)
      return
  }
}
