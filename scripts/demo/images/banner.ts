import { Canvas, circle, hex, mix, ring } from './canvas'
import { dotText } from './font'

export interface BannerStyle {
  title: string
  subtitle?: string
  from: string
  to: string
  ink: string
}

/** 1200×630 social/series image: gradient, concentric arcs and a dot-matrix title. */
export function banner(style: BannerStyle): Buffer {
  const c = new Canvas(1200, 630)
  const from = hex(style.from)
  const to = hex(style.to)
  const ink = hex(style.ink)
  c.gradient(from, to, 24)
  ;[420, 330, 240, 150].forEach((r, i) => {
    c.fill(ring(circle(1080, 120, r), 26), [600, 0, 1200, 630], mix(to, ink, 0.12 + i * 0.06))
  })
  c.fill(circle(140, 560, 180), [0, 360, 340, 630], mix(from, ink, 0.1))
  const dot = Math.min(22, Math.floor(960 / Math.max(1, style.title.length * 6)))
  dotText(c, style.title, 80, 230, dot, ink)
  if (style.subtitle) {
    const small = 9
    dotText(c, style.subtitle, 80, 230 + dot * 7 + 40, small, mix(ink, to, 0.3))
    c.fill(
      (x, y) => Math.max(Math.abs(y - 200) - 3, Math.abs(x - 80 - 60) - 60),
      [70, 190, 220, 210],
      ink,
    )
  }
  return c.png()
}
