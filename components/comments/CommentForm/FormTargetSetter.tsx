'use client'

import { useEffect } from 'react'

import { setFormTarget, type FormTarget } from './target'

/** Hands the request-time reply target, passage and start token to the static form. */
export function FormTargetSetter(props: FormTarget) {
  const { startToken, parentId, parentName, anchorBlockKey, anchorQuote, cancelHref } = props
  useEffect(() => {
    setFormTarget({ startToken, parentId, parentName, anchorBlockKey, anchorQuote, cancelHref })
  }, [startToken, parentId, parentName, anchorBlockKey, anchorQuote, cancelHref])
  return null
}
