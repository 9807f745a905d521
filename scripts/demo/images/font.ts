import { type Canvas, type Rgb, roundedRect } from './canvas'

// 5×7 dot-matrix capitals: each row is 5 bits, most significant bit on the left.
const GLYPHS: Record<string, number[]> = {
  A: [14, 17, 17, 31, 17, 17, 17],
  B: [30, 17, 17, 30, 17, 17, 30],
  C: [14, 17, 16, 16, 16, 17, 14],
  D: [30, 17, 17, 17, 17, 17, 30],
  E: [31, 16, 16, 30, 16, 16, 31],
  F: [31, 16, 16, 30, 16, 16, 16],
  G: [14, 17, 16, 23, 17, 17, 15],
  H: [17, 17, 17, 31, 17, 17, 17],
  I: [14, 4, 4, 4, 4, 4, 14],
  J: [7, 2, 2, 2, 2, 18, 12],
  K: [17, 18, 20, 24, 20, 18, 17],
  L: [16, 16, 16, 16, 16, 16, 31],
  M: [17, 27, 21, 21, 17, 17, 17],
  N: [17, 17, 25, 21, 19, 17, 17],
  O: [14, 17, 17, 17, 17, 17, 14],
  P: [30, 17, 17, 30, 16, 16, 16],
  Q: [14, 17, 17, 17, 21, 18, 13],
  R: [30, 17, 17, 30, 20, 18, 17],
  S: [15, 16, 16, 14, 1, 1, 30],
  T: [31, 4, 4, 4, 4, 4, 4],
  U: [17, 17, 17, 17, 17, 17, 14],
  V: [17, 17, 17, 17, 17, 10, 4],
  W: [17, 17, 17, 21, 21, 21, 10],
  X: [17, 17, 10, 4, 10, 17, 17],
  Y: [17, 17, 10, 4, 4, 4, 4],
  Z: [31, 1, 2, 4, 8, 16, 31],
  '&': [12, 18, 20, 8, 21, 18, 13],
  ' ': [0, 0, 0, 0, 0, 0, 0],
}

const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()

export function textWidth(text: string, dot: number): number {
  return normalise(text).length * 6 * dot - dot
}

/** Writes capitals as a grid of dots whose top-left corner is (x, y). */
export function dotText(
  canvas: Canvas,
  text: string,
  x: number,
  y: number,
  dot: number,
  color: Rgb,
) {
  const half = Math.floor(dot * 0.4)
  ;[...normalise(text)].forEach((char, index) => {
    const rows = GLYPHS[char] ?? GLYPHS[' ']!
    rows.forEach((bits, row) => {
      for (let col = 0; col < 5; col++) {
        if (!(bits & (16 >> col))) continue
        const cx = Math.round(x + (index * 6 + col) * dot + dot / 2)
        const cy = Math.round(y + row * dot + dot / 2)
        canvas.fill(
          roundedRect(cx - half, cy - half, cx + half, cy + half, 0),
          [cx - dot, cy - dot, cx + dot, cy + dot],
          color,
        )
      }
    })
  })
}
