import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { SanityImage } from '@/components/SanityImage'

const render = (url: string, priority = false) =>
  renderToStaticMarkup(
    <SanityImage
      image={{ alt: 'Portrait', asset: { url, width: 1600, height: 900, lqip: null } }}
      sizes="(min-width: 768px) 42rem, 100vw"
      priority={priority}
    />,
  )

describe('SanityImage', () => {
  it('renders a plain <img> with a srcset through the Next optimiser for embedded assets', () => {
    const html = render('/media/images/abc-1600x900.png')
    expect(html).toMatch(/^<img /)
    // next/image's client component marks its <img>; this one is rendered on the server only.
    expect(html).not.toContain('data-nimg')
    expect(html).toContain('srcSet="/_next/image?url=%2Fmedia%2Fimages%2Fabc-1600x900.png&amp;w=')
    expect(html).toContain('sizes="(min-width: 768px) 42rem, 100vw"')
    expect(html).toContain('width="1600"')
    expect(html).toContain('loading="lazy"')
  })

  it('asks Sanity’s image CDN for each width, never the Next optimiser', () => {
    const html = render('https://cdn.sanity.io/images/p/d/abc-1600x900.jpg')
    expect(html).toContain(
      'https://cdn.sanity.io/images/p/d/abc-1600x900.jpg?auto=format&amp;fit=max&amp;w=640',
    )
    expect(html).not.toContain('/_next/image')
  })

  it('loads the LCP image eagerly with high priority', () => {
    const html = render('/media/images/abc-1600x900.png', true)
    expect(html).toContain('loading="eager"')
    expect(html).toContain('fetchPriority="high"')
  })

  it('renders nothing without an asset URL and size', () => {
    expect(renderToStaticMarkup(<SanityImage image={{ asset: null }} sizes="100vw" />)).toBe('')
  })
})
