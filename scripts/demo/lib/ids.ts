/** Document id conventions of docs/content-model.md, in one place. */
export const ids = {
  person: (slug: string) => `person-${slug}`,
  organisation: (slug: string) => `organisation-${slug}`,
  article: (slug: string) => `article-${slug}`,
  series: (slug: string) => `series-${slug}`,
  tag: (slug: string) => `tag-${slug}`,
}

export function ref(id: string) {
  return { _type: 'reference' as const, _ref: id }
}

export function slug(current: string) {
  return { _type: 'slug' as const, current }
}

/** Sanity export form of an image field; the file lives in content/demo/images/. */
export function image(
  file: string,
  alt: string,
  extra: { caption?: string; credit?: string } = {},
) {
  return { _type: 'image', _sanityAsset: `image@file://./images/${file}`, alt, ...extra }
}
