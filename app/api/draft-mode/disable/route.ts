import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

/**
 * Leaves draft mode (deletes the `__prerender_bypass` cookie) and goes back to the page given in
 * `?redirect=` — a path of this site only, never another origin.
 */
export async function GET(request: NextRequest): Promise<never> {
  ;(await draftMode()).disable()
  const target = request.nextUrl.searchParams.get('redirect') ?? '/'
  redirect(/^\/(?![/\\])/.test(target) ? target : '/')
}
