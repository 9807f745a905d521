'use client'

import { useSyncExternalStore } from 'react'

/*
 * The form lives in the static page (so a post without JavaScript gets its answer in the HTML);
 * what depends on the request — reply target, quoted passage, start token — is rendered inside
 * the request-time thread and handed to the form through this small store.
 */

/** Request-time data for the comment form. */
export interface FormTarget {
  startToken?: string
  parentId?: string
  parentName?: string
  anchorBlockKey?: string
  anchorQuote?: string
  cancelHref?: string
}

let current: FormTarget = {}
const listeners = new Set<() => void>()

/** Replaces the target (called by `FormTargetSetter` once the thread is rendered). */
export function setFormTarget(target: FormTarget): void {
  current = target
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const empty: FormTarget = {}

/** The current target; empty in the server HTML. */
export function useFormTarget(): FormTarget {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => empty,
  )
}
