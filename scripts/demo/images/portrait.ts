import {
  Canvas,
  type Rgb,
  above,
  below,
  circle,
  ellipse,
  hex,
  intersect,
  mix,
  polygon,
  ring,
  roundedRect,
  union,
} from './canvas'

export type HairStyle = 'short' | 'long' | 'bun' | 'curly' | 'bald' | 'bob'

/** Indexes into the palettes below; described per person in content/people*.ts. */
export interface Look {
  hair: HairStyle
  skin: number
  hairTone: number
  outfit: number
  backdrop: number
  glasses?: boolean
  shirt?: boolean
}

const SKINS = ['#f3d2b8', '#e8b995', '#d19a72', '#b07650', '#8a5a3a', '#5e3b26'].map(hex)
const HAIRS = ['#2b211c', '#5a3a24', '#8c6239', '#c9a26b', '#9e9e9e', '#6b2f23'].map(hex)
const OUTFITS = [
  '#2f3e5c',
  '#5c2f3e',
  '#2f5c4a',
  '#46464f',
  '#8a5a2b',
  '#3c5f8a',
  '#7a3b69',
  '#1f2a2e',
].map(hex)
const BACKDROPS: [Rgb, Rgb][] = [
  [hex('#f4e9d8'), hex('#e3c9a6')],
  [hex('#e4eef2'), hex('#b9d1dc')],
  [hex('#eee6f3'), hex('#cdbbdc')],
  [hex('#e9f1e4'), hex('#c2d8b4')],
  [hex('#f6e3e0'), hex('#dfb6ae')],
  [hex('#ecebe6'), hex('#c9c6bb')],
]

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!

/** A stylised bust on a soft background, 800×1000: original artwork, no real likeness. */
export function portrait(look: Look): Buffer {
  const c = new Canvas(800, 1000)
  const [top, bottom] = pick(BACKDROPS, look.backdrop)
  const skin = pick(SKINS, look.skin)
  const hair = pick(HAIRS, look.hairTone)
  const outfit = pick(OUTFITS, look.outfit)
  c.gradient(top, bottom)
  c.fill(circle(400, 470, 330), [70, 140, 730, 800], mix(top, [255, 255, 255], 0.5), 0.6)

  if (look.hair === 'long') c.fill(roundedRect(238, 280, 562, 820, 150), [238, 280, 562, 820], hair)
  if (look.hair === 'bob') c.fill(roundedRect(240, 290, 560, 650, 120), [240, 290, 560, 650], hair)

  // Neck, then shoulders over it, then the neckline showing skin again.
  c.fill(roundedRect(345, 540, 455, 760, 40), [345, 540, 455, 760], mix(skin, [0, 0, 0], 0.08))
  c.fill(roundedRect(120, 720, 680, 1200, 190), [120, 720, 680, 1000], outfit)
  c.fill(
    polygon([
      [340, 719],
      [460, 719],
      [400, 830],
    ]),
    [330, 710, 470, 840],
    mix(skin, [0, 0, 0], 0.08),
  )
  if (look.shirt) {
    const collar = mix(outfit, [255, 255, 255], 0.85)
    c.fill(
      polygon([
        [330, 715],
        [400, 830],
        [360, 850],
        [305, 740],
      ]),
      [300, 710, 410, 860],
      collar,
    )
    c.fill(
      polygon([
        [470, 715],
        [495, 740],
        [440, 850],
        [400, 830],
      ]),
      [390, 710, 500, 860],
      collar,
    )
  }

  c.fill(ellipse(262, 460, 26, 44), [230, 410, 295, 510], skin)
  c.fill(ellipse(538, 460, 26, 44), [505, 410, 570, 510], skin)
  c.fill(ellipse(400, 440, 138, 172), [255, 260, 545, 620], skin)
  drawHair(c, look.hair, hair)

  if (look.glasses) {
    const frame = hex('#222222')
    c.fill(ring(roundedRect(305, 430, 390, 490, 24), 7), [295, 420, 400, 500], frame)
    c.fill(ring(roundedRect(410, 430, 495, 490, 24), 7), [400, 420, 505, 500], frame)
    c.fill(roundedRect(388, 452, 412, 458, 3), [385, 448, 415, 462], frame)
  }
  return c.png()
}

function drawHair(c: Canvas, style: HairStyle, color: Rgb) {
  const box = [230, 180, 570, 560] as const
  switch (style) {
    case 'short':
      c.fill(intersect(ellipse(400, 420, 150, 176), above(372)), box, color)
      c.fill(
        polygon([
          [262, 360],
          [420, 300],
          [330, 400],
        ]),
        box,
        color,
      )
      return
    case 'long':
    case 'bob':
      c.fill(intersect(ellipse(400, 430, 158, 188), above(390)), box, color)
      c.fill(
        polygon([
          [250, 390],
          [440, 290],
          [300, 440],
        ]),
        box,
        color,
      )
      return
    case 'bun':
      c.fill(circle(400, 255, 72), [320, 175, 480, 335], color)
      c.fill(intersect(ellipse(400, 425, 148, 178), above(372)), box, color)
      return
    case 'curly': {
      const curls = [0, 1, 2, 3, 4, 5, 6].map((i) => {
        const angle = Math.PI * (1.05 + (i / 6) * 0.9)
        return circle(400 + Math.cos(angle) * 135, 410 + Math.sin(angle) * 150, 62)
      })
      c.fill(intersect(union(...curls), above(420)), [210, 180, 590, 440], color)
      return
    }
    case 'bald':
      c.fill(
        intersect(
          ellipse(400, 440, 146, 176),
          below(380),
          above(470),
          union(
            polygon([
              [240, 380],
              [290, 380],
              [290, 470],
              [240, 470],
            ]),
            polygon([
              [510, 380],
              [560, 380],
              [560, 470],
              [510, 470],
            ]),
          ),
        ),
        box,
        color,
      )
      return
  }
}
