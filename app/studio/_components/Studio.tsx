'use client'

import { NextStudio } from 'next-sanity/studio'
import config from '@/sanity.config'

/** Sanity Studio mounted at /studio (see `basePath` in sanity.config.ts). */
export function Studio() {
  return <NextStudio config={config} />
}
