'use client'

import dynamic from 'next/dynamic'

/**
 * The Studio and its configuration live in a separate chunk, fetched only when this component
 * renders; never rendered on the server, the Studio needs the browser anyway.
 */
const Studio = dynamic(() => import('./Studio').then((module) => module.Studio), {
  ssr: false,
  loading: () => (
    <p role="status" className="p-8 text-center text-sm text-muted">
      Chargement du Studio…
    </p>
  ),
})

interface StudioLoaderProps {
  /** The embedded lake's API (embedded mode only). */
  lakeApiUrl?: string
}

export function StudioLoader({ lakeApiUrl }: StudioLoaderProps) {
  return <Studio lakeApiUrl={lakeApiUrl} />
}
