import 'server-only'

import { draftMode } from 'next/headers'
import { createDataAttribute } from 'next-sanity'

import { dataset, isSanityConfigured, lakeApiProjectId, studioProjectId } from '@/sanity/env'

/** What an element shows: a document, and optionally one of its fields. */
export interface EditTarget {
  _id: string
  _type: string
}

/**
 * The `data-sanity` attribute that makes an element clickable in the Studio's Presentation tool
 * (it opens `path` of the document in the form beside the preview). Only in draft mode: for
 * readers it is `undefined`, so React renders no attribute and cached pages stay as they were.
 * It covers both modes; strings are additionally stega-encoded where the Content Lake allows it.
 */
export async function editAttribute(
  target: EditTarget | null | undefined,
  path?: string,
): Promise<string | undefined> {
  if (!target || !(await draftMode()).isEnabled) return undefined
  return createDataAttribute({
    // The project and dataset of the Studio workspace (the lake API's in embedded mode).
    projectId: isSanityConfigured ? studioProjectId : lakeApiProjectId,
    dataset,
    baseUrl: '/studio',
    id: target._id,
    type: target._type,
    path,
  }).toString()
}
