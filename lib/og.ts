import 'server-only'

import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { cacheLife } from 'next/cache'

import { readMedia } from '@/lib/content/media'

/** Size of Open Graph images: the 1.91:1 card every network crops the least. */
export const OG_SIZE = { width: 1200, height: 630 }

// Geist ships inside Next itself, so social images need neither the network nor system fonts.
const FONT_FILE = path.join(
  process.cwd(),
  'node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf',
)

// Read once at module scope: the file never changes, so it does not make images request-time.
const geist = await readFile(FONT_FILE)

/** Fonts for `ImageResponse`. */
export const ogFonts = [
  { name: 'Geist', data: geist, weight: 400 as const, style: 'normal' as const },
]

/**
 * Text as the bundled font can draw it. A glyph it lacks would make the renderer fetch a
 * fallback font from Google, so the French thin spaces become plain spaces.
 */
export function ogText(text: string): string {
  return text.replace(/[\u202F\u2009\u00A0]/g, ' ')
}

const EMBEDDED_PREFIX = '/media/images/'

/**
 * An image of the content source as a data URL for `ImageResponse`, or null when it cannot be
 * read: a social image without its portrait is better than no social image.
 */
export async function imageDataUrl(url: string | null | undefined): Promise<string | null> {
  if (!url) return null
  try {
    return await loadImage(url)
  } catch (error) {
    console.error(`[og] image illisible ${url} :`, error)
    return null
  }
}

/** Reads the embedded lake's file or fetches the Sanity CDN (resized); failures are not cached. */
async function loadImage(url: string): Promise<string | null> {
  'use cache'
  // Asset URLs are content-addressed: the bytes behind one never change.
  cacheLife('max')
  if (url.startsWith(EMBEDDED_PREFIX)) {
    const media = await readMedia('image', url.slice(EMBEDDED_PREFIX.length))
    if (!media) throw new Error('fichier introuvable')
    return `data:${media.type};base64,${media.bytes.toString('base64')}`
  }
  const remote = new URL(url)
  if (remote.protocol !== 'https:' || remote.hostname !== 'cdn.sanity.io') return null
  remote.searchParams.set('w', '600')
  remote.searchParams.set('fm', 'png')
  const response = await fetch(remote, { signal: AbortSignal.timeout(8_000) })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const bytes = Buffer.from(await response.arrayBuffer())
  return `data:image/png;base64,${bytes.toString('base64')}`
}
