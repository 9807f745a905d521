import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { newVoter, readVoter } from '@/lib/comments/voter'
import { countVotes, recordVote, votedBy, voterHash } from '@/lib/comments/votes'

import { APPROVED, fixture, SECRET, type Fixture } from './helpers'

let f: Fixture
beforeEach(() => {
  f = fixture()
})
afterEach(() => f.close())

describe('votes', () => {
  it('counts one vote per voter and comment, on top of the imported count', async () => {
    const before = (await f.store.getVoteTarget(APPROVED))?.votes ?? -1
    expect(before).toBe(14)
    const alice = voterHash(SECRET, 'alice')
    const first = recordVote(f.db, { commentId: APPROVED, voter: alice, currentVotes: before })
    expect(first).toEqual({ added: true, votes: 15 })
    await f.store.setVotes(APPROVED, first.votes)
    // The document now says 15: a second vote must not take it as a new baseline.
    const again = recordVote(f.db, { commentId: APPROVED, voter: alice, currentVotes: 15 })
    expect(again).toEqual({ added: false, votes: 15 })
    const bob = recordVote(f.db, {
      commentId: APPROVED,
      voter: voterHash(SECRET, 'bob'),
      currentVotes: 15,
    })
    expect(bob).toEqual({ added: true, votes: 16 })
    expect(countVotes(f.db, APPROVED)).toBe(16)
    expect(votedBy(f.db, alice, [APPROVED, 'comment.autre'])).toEqual(new Set([APPROVED]))
  })

  it('self-heals a document whose count was not written', async () => {
    recordVote(f.db, { commentId: APPROVED, voter: 'v1', currentVotes: 14 })
    // The write of 15 was lost; the next vote computes from the private table, not the document.
    const next = recordVote(f.db, { commentId: APPROVED, voter: 'v2', currentVotes: 14 })
    expect(next.votes).toBe(16)
    await f.store.setVotes(APPROVED, next.votes)
    await f.store.setVotes(APPROVED, next.votes)
    expect((await f.store.getVoteTarget(APPROVED))?.votes).toBe(16)
  })

  it('keeps the voter id in a signed cookie value', () => {
    const voter = newVoter(SECRET)
    expect(readVoter(voter.value, SECRET)).toBe(voter.id)
    expect(readVoter(voter.value, 'un-autre-secret-un-autre-secret-un-autre')).toBeNull()
    expect(
      readVoter(
        voter.value.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
        SECRET,
      ),
    ).toBeNull()
    expect(readVoter(undefined, SECRET)).toBeNull()
    expect(voterHash(SECRET, voter.id)).not.toContain(voter.id)
  })
})
