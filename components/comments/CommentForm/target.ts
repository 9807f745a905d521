'use client'

import { useSyncExternalStore } from 'react'

/*
 * The form and the thread are separate parts of the static page; what depends on the URL —
 * reply target, quoted passage — is read by the hydrated thread and handed to the form through
 * this small store.
 */

/** What the comment form answers, read from the URL by the hydrated thread. */
export interface FormTarget {
  /** True once the thread has read the URL (with JavaScript). */
  live?: boolean
  parentId?: string
  parentName?: string
  anchorBlockKey?: string
  anchorQuote?: string
  /** What the form shows of the passage when nothing was selected (not sent: the server quotes). */
  passagePreview?: string
  cancelHref?: string
}

let current: FormTarget = {}
const listeners = new Set<() => void>()

/** Replaces the target (called by `FormTargetSetter` once the thread follows the URL). */
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
