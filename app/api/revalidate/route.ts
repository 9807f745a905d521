import { revalidateTag } from 'next/cache'
import { NextRequest } from 'next/server'
import { parseBody } from 'next-sanity/webhook'

import { CONTENT_TAG } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { getRevalidateSecret, revalidateBodySchema } from '@/lib/revalidate'
import { SIGNATURE_HEADER } from '@/lib/revalidate/signature'
import { readTextWithin } from '@/lib/security/body'

const noStore = { 'cache-control': 'no-store' }

/** Largest body read (bytes): a revalidation body is `{ _type, _id, slug }`, well under 1 KB. */
export const WEBHOOK_BODY_LIMIT = 16 * 1024

/**
 * Publish → readers: called by the Sanity webhook (Sanity mode) or by the lake API after each
 * transaction touching published documents (embedded mode), both signed with the revalidation
 * secret. Only a valid signature is accepted. Expiring tags is idempotent, so a replayed body
 * costs one re-render and changes no data.
 */
export async function POST(request: NextRequest): Promise<Response> {
  // Only the Content Lake is eventually consistent; the embedded lake has committed already.
  const waitForLake = getEnv().mode === 'sanity'
  // Refused before parsing or hashing: the signature check would otherwise read any size.
  const text = await readTextWithin(request, WEBHOOK_BODY_LIMIT)
  if (text === null) {
    console.warn('[revalidate] refusé : corps de plus de 16 Ko')
    return Response.json(
      { message: 'Requête trop volumineuse : rien n’a été revalidé.' },
      { status: 413, headers: noStore },
    )
  }
  const signature = request.headers.get(SIGNATURE_HEADER)
  const bounded = new NextRequest(request.url, {
    method: 'POST',
    headers: signature ? { [SIGNATURE_HEADER]: signature } : {},
    body: text,
  })
  let parsed: Awaited<ReturnType<typeof parseBody<unknown>>>
  try {
    parsed = await parseBody<unknown>(bounded, getRevalidateSecret(), waitForLake)
  } catch (error) {
    console.warn('[revalidate] corps illisible :', (error as Error).message)
    return Response.json({ message: 'Requête illisible.' }, { status: 400, headers: noStore })
  }
  if (parsed.isValidSignature !== true) {
    console.warn(
      `[revalidate] refusé : signature ${parsed.isValidSignature === null ? 'absente' : 'invalide'}`,
    )
    return Response.json(
      { message: 'Signature absente ou invalide : rien n’a été revalidé.' },
      { status: 401, headers: noStore },
    )
  }
  const body = revalidateBodySchema.safeParse(parsed.body)
  if (!body.success) {
    console.warn('[revalidate] corps inattendu :', body.error.message)
    return Response.json(
      { message: 'Corps attendu : { _type, _id, slug? }.' },
      { status: 400, headers: noStore },
    )
  }
  // Every cached content read carries the one `content` tag: a publish may change any list,
  // any relation or any page linking to the document, so all of it is expired at once.
  // Immediate expiry: the very next view renders with the new content (tests/e2e/revalidate.spec.ts).
  // With Partial Prefetching on, Next 16.4.6 failed those renders (NEXT_STATIC_GEN_BAILOUT, 500),
  // which is why it once was 'max' (stale-while-revalidate); with it off, `expire: 0` is safe.
  revalidateTag(CONTENT_TAG, { expire: 0 })
  return Response.json(
    { revalidated: true, tags: [CONTENT_TAG], id: body.data._id },
    { headers: noStore },
  )
}
