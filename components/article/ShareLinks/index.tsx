import { CopyLinkButton } from './index.client'

export interface ShareLinksProps {
  /** The article's canonical, absolute URL. */
  url: string
  title: string
}

const linkClass = 'text-accent-ink inline-block py-1 underline hover:no-underline'

/**
 * « Partager » : plain links to LinkedIn, X and e-mail (no third-party script, nothing loaded
 * before the reader clicks) and a copy-link button once JavaScript runs.
 */
export function ShareLinks({ url, title }: ShareLinksProps) {
  const encodedUrl = encodeURIComponent(url)
  const links = [
    {
      label: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`,
    },
    {
      label: 'X',
      href: `https://x.com/intent/post?url=${encodedUrl}&text=${encodeURIComponent(title)}`,
    },
    {
      label: 'E-mail',
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodedUrl}`,
    },
  ]
  return (
    <nav
      aria-label="Partager l’article"
      className="mx-auto mt-10 flex max-w-2xl flex-wrap items-center gap-x-5 gap-y-2 font-sans text-sm"
      data-print="hide"
      data-testid="share"
    >
      <span className="font-semibold">Partager :</span>
      <ul className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <li>
          <CopyLinkButton url={url} />
        </li>
        {links.map((link) => (
          <li key={link.label}>
            <a href={link.href} className={linkClass}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
