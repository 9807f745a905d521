'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { QUOTE_MAX } from '@/lib/comments/form-limits'

interface Offer {
  blockKey: string
  quote: string
  top: number
  left: number
}

function blockOf(node: Node | null, container: Element): Element | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null)
  const block = element?.closest('[data-block-key]') ?? null
  return block && container.contains(block) ? block : null
}

/**
 * With JavaScript, selecting text inside one passage of the article offers « Commenter cet
 * extrait », which opens the form with the selection quoted (the server checks the quote).
 */
export function SelectionQuote({ containerId }: { containerId: string }) {
  const router = useRouter()
  const [offer, setOffer] = useState<Offer | null>(null)

  useEffect(() => {
    const container = document.getElementById(containerId)
    if (!container) return
    const update = () => {
      const selection = document.getSelection()
      const text =
        selection
          ?.toString()
          .replace(/[\t\n\r ]+/g, ' ')
          .trim() ?? ''
      if (!selection || selection.rangeCount === 0 || !text || [...text].length > QUOTE_MAX) {
        setOffer(null)
        return
      }
      const start = blockOf(selection.anchorNode, container)
      const end = blockOf(selection.focusNode, container)
      const key = start?.getAttribute('data-block-key')
      if (!start || start !== end || !key) {
        setOffer(null)
        return
      }
      const rect = selection.getRangeAt(0).getBoundingClientRect()
      setOffer({
        blockKey: key,
        quote: text,
        top: rect.bottom + window.scrollY + 6,
        left: rect.left + window.scrollX,
      })
    }
    document.addEventListener('mouseup', update)
    document.addEventListener('keyup', update)
    return () => {
      document.removeEventListener('mouseup', update)
      document.removeEventListener('keyup', update)
    }
  }, [containerId])

  if (!offer) return null
  const params = new URLSearchParams({ passage: offer.blockKey, citation: offer.quote })
  return (
    <button
      type="button"
      style={{ position: 'absolute', top: offer.top, left: offer.left }}
      className="z-10 rounded bg-ink px-3 py-1 font-sans text-sm text-paper shadow"
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        setOffer(null)
        router.push(`?${params.toString()}#formulaire`)
      }}
      data-testid="quote-selection"
    >
      Commenter cet extrait
    </button>
  )
}
