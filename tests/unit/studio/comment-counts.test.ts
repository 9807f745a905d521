import { describe, expect, it } from 'vitest'

import { readableCommentCounts } from '@/sanity/lib/comment-counts'
import { studioCommentCountsQuery } from '@/sanity/lib/queries'

import { accountToken, clientFor, startApi } from '../lake-api/helpers'

describe('comment counts of the Studio’s lists', () => {
  it('are absent for a user who may not read comments, and exact for one who may', async () => {
    const api = await startApi()
    const editor = clientFor(api, { token: await accountToken(api.dataDir, 'editor') })
    await editor.create({
      _id: 'comment.en-attente',
      _type: 'comment',
      status: 'pending',
      authorName: 'Lectrice',
      text: 'Un commentaire en attente.',
    })

    const anonymous = clientFor(api)
    // The query alone cannot see comments from there: it would show « En attente (0) ».
    expect(
      await anonymous.fetch(studioCommentCountsQuery, {}, { perspective: 'raw' }),
    ).toMatchObject({ pending: 0 })
    expect(await readableCommentCounts(anonymous)).toBeNull()

    expect(await readableCommentCounts(editor)).toEqual({
      pending: 1,
      approved: 0,
      rejected: 0,
      spam: 0,
    })
  })
})
