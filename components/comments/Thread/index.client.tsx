'use client'

import { useSearchParams } from 'next/navigation'
import { useEffect, useState, useSyncExternalStore } from 'react'

import type { CommentSettings, PublicComment } from '@/lib/comments'
import { QUOTE_MAX } from '@/lib/comments/form-limits'
import { parseSort } from '@/lib/comments/tree'

import { DEFAULT_VIEW, Thread, type ThreadView } from '.'

/** Props of the thread as the article page renders it. */
export interface LiveThreadProps {
  comments: readonly PublicComment[]
  settings: CommentSettings
  /** Passage keys of the article, to accept `?passage=` only for real blocks. */
  blockKeys: readonly string[]
}

const noop = () => () => {}

function viewOf(
  params: Pick<URLSearchParams, 'get'>,
  comments: readonly PublicComment[],
  blockKeys: readonly string[],
): ThreadView {
  const reply = params.get('reponse')
  const passage = params.get('passage')
  const quote = (params.get('citation') ?? '').replace(/[\t\n\r ]+/g, ' ').trim()
  return {
    sort: parseSort(params.get('tri')),
    showAll: params.get('tous') === '1',
    replyTo: reply && comments.some((comment) => comment._id === reply) ? reply : null,
    passage:
      passage && blockKeys.includes(passage)
        ? { blockKey: passage, quote: [...quote].slice(0, QUOTE_MAX).join('') }
        : null,
  }
}

/** The thread in the view the URL asks for, with dates relative to when the page was shown. */
function UrlThread({ comments, settings, blockKeys }: LiveThreadProps) {
  // Only ever rendered in the browser: in a prerender, reading the URL would make the page
  // dynamic (rendered per request) for the sake of a sort order.
  const params = useSearchParams()
  const [now] = useState(() => new Date())
  // This thread replaces the static one once hydrated, and the browser's `:target` still names
  // the element it replaced: going to the same fragment again (no reload, no new history entry)
  // lets a permalink or a page of comments open and scroll as it did in the static page.
  useEffect(() => {
    const { hash } = window.location
    if (/^#(c-|commentaires-)/.test(hash)) window.location.replace(hash)
  }, [])
  return (
    <Thread
      comments={comments}
      settings={settings}
      view={viewOf(params, comments, blockKeys)}
      now={now}
    />
  )
}

/**
 * The article's comment thread. The page is fully static: its HTML carries the thread in the
 * default order with full dates (what readers without JavaScript see, sorting and reply targets
 * need JavaScript). Once hydrated, the same component follows the URL (`?tri=`, `?tous=1`,
 * `?reponse=`, `?passage=`) and hands the reply target and passage to the form.
 */
export function LiveThread(props: LiveThreadProps) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  )
  if (!hydrated) {
    return (
      <Thread comments={props.comments} settings={props.settings} view={DEFAULT_VIEW} now={null} />
    )
  }
  return <UrlThread {...props} />
}
