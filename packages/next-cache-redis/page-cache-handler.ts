/** `cacheHandler` of next.config when `REDIS_URL` is set (see README.md). */
import { pageCacheHandlerClass, storeFromEnv } from './src/next.ts'

export default pageCacheHandlerClass(() => storeFromEnv())
