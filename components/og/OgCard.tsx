/* eslint-disable @next/next/no-img-element -- rendered by ImageResponse (Satori), not the DOM */
import { ogText } from '@/lib/og'

const PAPER = '#fbfaf7'
const INK = '#1c1b19'
const MUTED = '#5b5750'
const ACCENT = '#9b2226'

export interface OgCardProps {
  /** Small caps line above the title: series or site tagline. */
  kicker: string | null
  title: string
  siteName: string
  /** Line under the site name (a person's name and role, or the site's description). */
  footnote: string | null
  /** Data URL of a portrait shown on the right. */
  portrait: string | null
}

/** The social card layout shared by article and site images (Satori flexbox subset). */
export function OgCard({ kicker, title, siteName, footnote, portrait }: OgCardProps) {
  const titleSize = title.length > 110 ? 50 : title.length > 70 ? 58 : 68
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        background: PAPER,
        color: INK,
        fontFamily: 'Geist',
        borderLeft: `24px solid ${ACCENT}`,
      }}
    >
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flexGrow: 1,
          flexBasis: 0,
          padding: '56px 56px 48px 64px',
        }}
      >
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          {kicker ? (
            <div
              style={{ color: ACCENT, fontSize: 26, letterSpacing: 4, textTransform: 'uppercase' }}
            >
              {ogText(kicker)}
            </div>
          ) : null}
          <div style={{ marginTop: 24, fontSize: titleSize, lineHeight: 1.12 }}>
            {ogText(title)}
          </div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', borderTop: `2px solid ${INK}` }}>
          <div style={{ marginTop: 18, fontSize: 40, letterSpacing: -1 }}>{ogText(siteName)}</div>
          {footnote ? (
            <div style={{ marginTop: 6, fontSize: 24, color: MUTED }}>{ogText(footnote)}</div>
          ) : null}
        </div>
      </div>
      {portrait ? (
        <div style={{ display: 'flex', alignItems: 'center', paddingRight: 64 }}>
          <img
            src={portrait}
            width={380}
            height={380}
            alt=""
            style={{ borderRadius: 190, objectFit: 'cover', border: `8px solid ${PAPER}` }}
          />
        </div>
      ) : null}
    </div>
  )
}
