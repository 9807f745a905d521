import type { Metadata } from 'next'

export const metadata: Metadata = {
  title: { default: 'Modération', template: '%s · Modération · Kiosque' },
  robots: { index: false, follow: false },
}

// Every moderation page reads the session cookie before rendering anything: it blocks, on
// purpose, so nothing of the back office is ever sent to a visitor without one.
export const instant = false

export default function ModerationLayout({ children }: { children: React.ReactNode }) {
  return <div className="min-h-screen">{children}</div>
}
