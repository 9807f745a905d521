'use client'

import { useEffect } from 'react'

import { QUOTE_MAX } from '@/lib/comments/form-limits'
import { passageExcerpt } from '@/lib/comments/text'

import { setFormTarget, type FormTarget } from './target'

/**
 * The text of a passage of the page, as the server reads it: a paragraph, or a Q&A block's
 * question then answer, without the comment tools and speaker labels rendered around them.
 */
function passageText(blockKey: string): string {
  const block = document.querySelector(`[data-block-key="${CSS.escape(blockKey)}"]`)
  if (!block) return ''
  const copy = block.cloneNode(true) as Element
  copy
    .querySelectorAll('[data-testid="passage-tools"], [data-testid="speaker-label"]')
    .forEach((node) => node.remove())
  const parts = [...copy.querySelectorAll('h2, p, li')].map((node) => node.textContent ?? '')
  return parts.length > 0 ? parts.join(' ') : (copy.textContent ?? '')
}

/** Hands the reply target and passage read from the URL to the form. */
export function FormTargetSetter(props: Omit<FormTarget, 'live' | 'passagePreview'>) {
  const { parentId, parentName, anchorBlockKey, anchorQuote, cancelHref } = props
  useEffect(() => {
    // « Commenter ce passage » selects no text: the form then shows the passage's start, the
    // way the server will quote it.
    const passagePreview =
      anchorBlockKey && !anchorQuote
        ? passageExcerpt(passageText(anchorBlockKey), QUOTE_MAX)
        : undefined
    setFormTarget({
      live: true,
      parentId,
      parentName,
      anchorBlockKey,
      anchorQuote,
      passagePreview,
      cancelHref,
    })
  }, [parentId, parentName, anchorBlockKey, anchorQuote, cancelHref])
  return null
}
