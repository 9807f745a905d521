'use client'

import { useEffect } from 'react'

import { setFormTarget, type FormTarget } from './target'

/** Hands the reply target and passage read from the URL to the form. */
export function FormTargetSetter(props: Omit<FormTarget, 'live'>) {
  const { parentId, parentName, anchorBlockKey, anchorQuote, cancelHref } = props
  useEffect(() => {
    setFormTarget({ live: true, parentId, parentName, anchorBlockKey, anchorQuote, cancelHref })
  }, [parentId, parentName, anchorBlockKey, anchorQuote, cancelHref])
  return null
}
