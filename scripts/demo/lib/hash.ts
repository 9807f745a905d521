import { createHash } from 'node:crypto'

/** Short stable hex digest: the dataset must be byte-identical on every run. */
export function digest(input: string, length = 12): string {
  return createHash('sha1').update(input).digest('hex').slice(0, length)
}

/** A UUID-shaped id derived from a seed (version nibble 5, like name-based UUIDs). */
export function uuidFrom(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex')
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** Deterministic pseudo-random numbers in [0, 1) for image variations. */
export function seededRandom(seed: string): () => number {
  let state = parseInt(digest(seed, 8), 16) || 1
  return () => {
    // xorshift32
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 0x100000000
  }
}
