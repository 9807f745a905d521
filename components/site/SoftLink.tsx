'use client'

import { useRouter } from 'next/navigation'
import type { AnchorHTMLAttributes, MouseEvent } from 'react'

/** Props of {@link SoftLink}: an anchor's, with a required `href`. */
export interface SoftLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string
  /** False keeps the scroll position (Next's `scroll` option). */
  scroll?: boolean
}

/**
 * A link that changes the URL without reloading the page, for the comment thread's own views
 * (sort, reply target, passage): what the reader typed in the form stays. A plain `<a>` in the
 * HTML, so it works without JavaScript, and only Next's router (already on every page) behind it:
 * `next/link` would add about 7 KB of JavaScript to every article for what reader pages need
 * nowhere else; every other link of the site is a plain anchor to a prerendered page.
 */
export function SoftLink({ href, scroll = true, onClick, ...anchor }: SoftLinkProps) {
  const router = useRouter()
  const navigate = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey
    if (event.defaultPrevented || event.button !== 0 || modified || anchor.target) return
    event.preventDefault()
    router.push(href, { scroll })
  }
  return <a href={href} onClick={navigate} {...anchor} />
}
