/**
 * Runs the real `announcePendingComment` for the e2e specs, outside Next:
 * `tsx --import ./tests/e2e/helpers/server-only.ts tests/e2e/helpers/announce.ts <commentId>`
 * with KIOSQUE_DATA_DIR set (./server-only.ts is what lets `server-only` modules load here).
 * Its mails carry NEXT_PUBLIC_SITE_URL when the spec passes it (see ./moderation.ts).
 */
import { announcePendingComment } from '@/lib/moderation/notify'

const commentId = process.argv[2]
if (!commentId) throw new Error('usage : announce.ts <commentId>')
const sent = await announcePendingComment(commentId)
console.log(JSON.stringify({ sent }))
