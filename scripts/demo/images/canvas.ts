import { PNG } from 'pngjs'

export type Rgb = readonly [number, number, number]
/** Signed distance in pixels: negative inside the shape, positive outside. */
export type Sdf = (x: number, y: number) => number
type Box = readonly [number, number, number, number]

export const hex = (value: string): Rgb => {
  const n = parseInt(value.replace('#', ''), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

export const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
]

export const circle =
  (cx: number, cy: number, r: number): Sdf =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r

export const ellipse =
  (cx: number, cy: number, rx: number, ry: number): Sdf =>
  (x, y) =>
    (Math.hypot((x - cx) / rx, (y - cy) / ry) - 1) * Math.min(rx, ry)

export const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Sdf =>
  (x, y) => {
    const cx = (x0 + x1) / 2
    const cy = (y0 + y1) / 2
    const qx = Math.abs(x - cx) - (x1 - x0) / 2 + r
    const qy = Math.abs(y - cy) - (y1 - y0) / 2 + r
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
  }

/** Convex polygon, vertices clockwise on screen (y down). */
export const polygon = (points: readonly (readonly [number, number])[]): Sdf => {
  // Edge lines as (nx, ny, c) with unit normals, so the distance is one multiply-add per edge.
  const edges = points.map(([ax, ay], i) => {
    const [bx, by] = points[(i + 1) % points.length] ?? points[0]!
    const len = Math.hypot(bx - ax, by - ay)
    const nx = (by - ay) / len
    const ny = -(bx - ax) / len
    return [nx, ny, -(ax * nx + ay * ny)] as const
  })
  return (x, y) => {
    let d = -Infinity
    for (const [nx, ny, c] of edges) d = Math.max(d, x * nx + y * ny + c)
    return d
  }
}

export const intersect =
  (...shapes: Sdf[]): Sdf =>
  (x, y) => {
    let d = -Infinity
    for (const shape of shapes) d = Math.max(d, shape(x, y))
    return d
  }
export const union =
  (...shapes: Sdf[]): Sdf =>
  (x, y) => {
    let d = Infinity
    for (const shape of shapes) d = Math.min(d, shape(x, y))
    return d
  }
export const ring =
  (shape: Sdf, thickness: number): Sdf =>
  (x, y) =>
    Math.abs(shape(x, y)) - thickness / 2
export const below =
  (limit: number): Sdf =>
  (_x, y) =>
    limit - y
export const above =
  (limit: number): Sdf =>
  (_x, y) =>
    y - limit

export class Canvas {
  readonly data: Buffer

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = Buffer.alloc(width * height * 4, 255)
  }

  /** Vertical gradient in a few flat bands: flat colours keep the PNG small. */
  gradient(top: Rgb, bottom: Rgb, bands = 32) {
    for (let y = 0; y < this.height; y++) {
      const t = Math.floor((y / this.height) * bands) / (bands - 1)
      const [r, g, b] = mix(top, bottom, t)
      for (let x = 0; x < this.width; x++) {
        const i = (y * this.width + x) * 4
        this.data[i] = r
        this.data[i + 1] = g
        this.data[i + 2] = b
      }
    }
  }

  /** Paints a shape with anti-aliased edges, visiting only its bounding box. */
  fill(shape: Sdf, box: Box, color: Rgb, opacity = 1) {
    const x0 = Math.max(0, Math.floor(box[0]))
    const y0 = Math.max(0, Math.floor(box[1]))
    const x1 = Math.min(this.width, Math.ceil(box[2]))
    const y1 = Math.min(this.height, Math.ceil(box[3]))
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        // Coverage quantised to quarters: smooth enough edges, far fewer distinct bytes to compress.
        const raw = Math.min(1, Math.max(0, 0.5 - shape(x + 0.5, y + 0.5)))
        const coverage = (Math.round(raw * 4) / 4) * opacity
        if (coverage <= 0) continue
        const i = (y * this.width + x) * 4
        for (let c = 0; c < 3; c++) {
          const current = this.data[i + c] ?? 0
          this.data[i + c] = Math.round(current + (color[c]! - current) * coverage)
        }
      }
    }
  }

  png(): Buffer {
    const png = new PNG({ width: this.width, height: this.height })
    this.data.copy(png.data)
    return PNG.sync.write(png, { colorType: 2, deflateLevel: 6 })
  }
}
