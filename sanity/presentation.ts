/**
 * The Presentation tool: the site in an iframe beside the form, in draft mode, with click-to-edit
 * overlays. The site is this same origin; draft mode is entered through the secret-checked
 * enable route (app/api/draft-mode/enable/route.ts).
 */
import { defineDocuments, defineLocations, presentationTool } from 'sanity/presentation'

import { resolveHref, type LinkableType } from '../lib/href'

/** « Où ce document apparaît » in the form: its own page, by the one URL mapper. */
function pageOf(type: LinkableType, titleField: string) {
  return defineLocations({
    select: { title: titleField, slug: 'slug.current' },
    resolve: (doc) => {
      const href = resolveHref(type, doc?.slug)
      return href ? { locations: [{ title: doc?.title ?? 'Sans titre', href }] } : null
    },
  })
}

/** Which document a previewed route shows, so the form beside it opens on it. */
const mainDocuments = defineDocuments([
  { route: '/articles/:slug', filter: `_type == "article" && slug.current == $slug` },
  { route: '/personnalites/:slug', filter: `_type == "person" && slug.current == $slug` },
  { route: '/organisations/:slug', filter: `_type == "organisation" && slug.current == $slug` },
  { route: '/rubriques/:slug', filter: `_type == "series" && slug.current == $slug` },
])

/** The tool, titled in French, previewing this site from its home page. */
export function presentation() {
  return presentationTool({
    title: 'Aperçu',
    previewUrl: {
      initial: '/',
      previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
    },
    resolve: {
      mainDocuments,
      locations: {
        article: pageOf('article', 'headline'),
        person: pageOf('person', 'name'),
        organisation: pageOf('organisation', 'name'),
        series: pageOf('series', 'title'),
      },
    },
  })
}
