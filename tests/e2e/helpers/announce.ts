/**
 * Runs the real `announcePendingComment` for the e2e specs, outside Next:
 * `tsx --conditions=react-server tests/e2e/helpers/announce.ts <commentId>` with KIOSQUE_DATA_DIR
 * set (the react-server condition is what lets `server-only` modules load here).
 */
import { announcePendingComment } from '@/lib/moderation/notify'

const commentId = process.argv[2]
if (!commentId) throw new Error('usage : announce.ts <commentId>')
const sent = await announcePendingComment(commentId)
console.log(JSON.stringify({ sent }))
