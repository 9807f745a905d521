'use client'

import { useMemo } from 'react'
import { NextStudio } from 'next-sanity/studio'
import { NextStudio as NextStudioWithoutBridge } from 'next-sanity/studio/client-component'
import { studioConfig } from '@/sanity.config'
import { isSanityConfigured } from '@/sanity/env'

interface StudioProps {
  lakeApiUrl?: string
}

/** Sanity Studio mounted at /studio (see `basePath` in sanity.config.ts). */
export function Studio({ lakeApiUrl }: StudioProps) {
  const config = useMemo(() => studioConfig(lakeApiUrl), [lakeApiUrl])
  // `next-sanity/studio` adds Sanity's dashboard bridge script from core.sanity-cdn.com: only
  // useful inside sanity.io's dashboard, and a request leaving the machine in embedded mode.
  return isSanityConfigured ? (
    <NextStudio config={config} />
  ) : (
    <NextStudioWithoutBridge config={config} />
  )
}
