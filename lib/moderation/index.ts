import 'server-only'

/*
 * Comment moderation: accounts and sessions (private database), the queue, decisions written
 * to the comment's `moderation` trail, bans, and mails with signed decision links.
 * Every moderation page and Server Action starts with `requireModerator()`.
 */
export {
  currentModerator,
  endSession,
  LOGIN_PATH,
  ModerationAuthError,
  requestIp,
  requireModerator,
  startSession,
} from './auth'
export type { Moderator } from './accounts'
export { STALE_MESSAGE, moderationActions, type ModerationAction } from './decisions'
export { announcePendingComment } from './notify'
export { commentIp, rememberCommentIp } from './origins'
export {
  filtersToSearch,
  loadQueue,
  queueFiltersSchema,
  queueSort,
  queueSorts,
  queueTabs,
  type Queue,
  type QueueFilters,
  type QueueItem,
  type QueueSort,
} from './queue'
export { banAuthorOf, moderateAs, STRICT_ROLES, undoAs } from './service'
