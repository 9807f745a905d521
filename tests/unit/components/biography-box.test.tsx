import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { BiographyBox, type BiographyBoxProps } from '@/components/article/BiographyBox'

const biography: BiographyBoxProps['biography'] = [
  {
    _type: 'block',
    _key: 'b1',
    style: 'normal',
    markDefs: [],
    children: [
      {
        _type: 'span',
        _key: 's1',
        marks: [],
        text: 'Diplômée en 1998, elle a cofondé une start-up revendue en 2000.',
      },
    ],
  },
]

const career: BiographyBoxProps['career'] = [
  { _key: 'c1', year: 2023, month: 6, text: 'Élue présidente', organisation: null },
]

const render = (props: Partial<BiographyBoxProps>) =>
  renderToStaticMarkup(
    <BiographyBox
      name="Hélène Varambon"
      slug="helene-varambon"
      biography={[]}
      career={[]}
      {...props}
    />,
  )

describe('BiographyBox', () => {
  it('shows the prose biography of an interviewee who has no dated career', () => {
    const html = render({ biography })
    expect(html).toContain('<h2 id="biographie"')
    expect(html).toContain('cofondé une start-up revendue en 2000.')
    expect(html).not.toContain('data-testid="career"')
  })

  it('shows the prose biography and, under it, the career timeline', () => {
    const html = render({ biography, career })
    const prose = html.indexOf('cofondé une start-up')
    const timeline = html.indexOf('data-testid="career"')
    expect(prose).toBeGreaterThan(-1)
    expect(timeline).toBeGreaterThan(prose)
    expect(html).toContain('Élue présidente')
  })

  it('shows the career alone when there is no prose', () => {
    const html = render({ career })
    expect(html).toContain('data-testid="career"')
    expect(html).not.toContain('data-testid="biography-prose"')
  })

  it('renders nothing with neither a biography nor a career', () => {
    expect(render({})).toBe('')
  })
})
