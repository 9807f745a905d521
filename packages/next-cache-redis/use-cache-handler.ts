/** `cacheHandlers.default` of next.config when `REDIS_URL` is set (see README.md). */
import { createUseCacheHandler, storeFromEnv } from './src/next.ts'

export default createUseCacheHandler(storeFromEnv())
