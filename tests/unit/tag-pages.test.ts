import { evaluate, parse } from 'groq-js'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { Pagination } from '@/components/site/Pagination'
import { resolvePageHref } from '@/lib/href'
import { PAGE_SIZE, pageCount, pageFromSegments, pageSlice } from '@/lib/pagination'
import { sitemapEntries } from '@/lib/sitemap'
import { tagQuery, tagSlugsQuery } from '@/sanity/lib/queries'
import type { TagQueryResult, TagSlugsQueryResult } from '@/sanity.types'

import { generateDocuments } from '../../scripts/bench/generate'
import { tempLake } from './lake/helpers'

describe('pagination', () => {
  it('gives each page one URL', () => {
    expect(pageFromSegments(undefined)).toBe(1)
    expect(pageFromSegments([])).toBe(1)
    expect(pageFromSegments(['page', '2'])).toBe(2)
    expect(pageFromSegments(['page', '41'])).toBe(41)
    for (const bad of [['page', '1'], ['page', '02'], ['page', '-3'], ['page', '2', 'x'], ['2']]) {
      expect(pageFromSegments(bad), bad.join('/')).toBeNull()
    }
    expect(resolvePageHref('/themes/emploi', 1)).toBe('/themes/emploi')
    expect(resolvePageHref('/themes/emploi', 3)).toBe('/themes/emploi/page/3')
    expect([0, 1, PAGE_SIZE, PAGE_SIZE + 1].map(pageCount)).toEqual([1, 1, 1, 2])
    expect(pageSlice(2)).toEqual({ start: PAGE_SIZE, end: 2 * PAGE_SIZE })
  })

  it('links the neighbouring pages in French, with rel prev and next', () => {
    const nav = (page: number, pages: number) =>
      renderToStaticMarkup(createElement(Pagination, { path: '/themes/emploi', page, pages }))
    expect(nav(1, 1)).toBe('')
    const first = nav(1, 3)
    expect(first).toContain('<a rel="next" class="hover:underline" href="/themes/emploi/page/2">')
    expect(first).toContain('Page suivante')
    expect(first).not.toContain('Page précédente')
    const middle = nav(2, 3)
    expect(middle).toContain('<a rel="prev" class="hover:underline" href="/themes/emploi">')
    expect(middle).toContain('href="/themes/emploi/page/3"')
    expect(middle).toContain('Page 2 sur 3')
    expect(nav(3, 3)).not.toContain('Page suivante')
  })

  it('lists every page of a theme in the sitemap', () => {
    const tag = { slug: 'emploi', _updatedAt: '2026-11-01T00:00:00Z', total: 2 * PAGE_SIZE + 1 }
    const empty = { slug: 'vide', _updatedAt: '2026-11-01T00:00:00Z', total: 0 }
    const data = { articles: [], people: [], authors: [], organisations: [], series: [] }
    const urls = sitemapEntries({ ...data, tags: [tag, empty] }, 'https://k.test').map(
      (entry) => entry.url,
    )
    expect(urls.filter((url) => url.includes('/themes/'))).toEqual([
      'https://k.test/themes/emploi',
      'https://k.test/themes/emploi/page/2',
      'https://k.test/themes/emploi/page/3',
      'https://k.test/themes/vide',
    ])
  })
})

describe('theme pages on a generated lake', () => {
  it('splits the theme’s articles, in groq-js’s order, across its pages', async () => {
    const dataset = generateDocuments(100).sort((a, b) => (a._id < b._id ? -1 : 1))
    const lake = tempLake()
    lake.mutate(dataset.map((doc) => ({ create: doc })))
    const tags = await lake.query<TagSlugsQueryResult>(tagSlugsQuery)
    expect(tags.find((tag) => tag.slug === 'emploi')?.total).toBeGreaterThan(2 * PAGE_SIZE)
    // What the unpaginated page listed, by plain groq-js over the whole dataset.
    const full = `*[_type == "tag" && slug.current == $slug][0]{
      "ids": *[_type == "article" && ^._id in tags[]._ref] | order(publishedAt desc)._id
    }`
    for (const { slug, total } of tags) {
      const expected = await (await evaluate(parse(full), { dataset, params: { slug } })).get()
      const ids: string[] = []
      for (let page = 1; page <= pageCount(total); page += 1) {
        const result = await lake.query<TagQueryResult>(tagQuery, { slug, ...pageSlice(page) })
        expect(result?.total).toBe(total)
        expect(result?.articles.length).toBe(Math.min(PAGE_SIZE, total - (page - 1) * PAGE_SIZE))
        ids.push(...(result?.articles ?? []).map((article) => article._id))
      }
      expect(ids, slug).toEqual(expected.ids)
    }
  })
})
