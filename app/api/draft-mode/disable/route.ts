import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { safeRedirectPath } from '@/lib/security/redirect'

/**
 * Leaves draft mode (deletes the `__prerender_bypass` cookie) and goes back to the page given in
 * `?redirect=` — a path of this site only, never another origin (lib/security/redirect.ts).
 */
export async function GET(request: NextRequest): Promise<never> {
  ;(await draftMode()).disable()
  redirect(safeRedirectPath(request.nextUrl.searchParams.get('redirect')))
}
