'use client'

import { useEffect, useRef, useState, useSyncExternalStore } from 'react'

const noop = () => () => {}

function boxes(formId: string): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[data-select][form="${formId}"]`)]
}

export interface SelectAllProps {
  formId: string
  /** The current view with every comment ticked, for browsers without JavaScript. */
  noScriptHref: string
}

/**
 * « Tout sélectionner »: a checkbox that ticks or unticks every comment of the list, and shows
 * itself half-ticked when only some are. Before JavaScript runs it is a link to the same list
 * with every comment ticked (`noScriptHref`).
 */
export function SelectAll({ formId, noScriptHref }: SelectAllProps) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  )
  const box = useRef<HTMLInputElement>(null)
  const [state, setState] = useState<'none' | 'some' | 'all'>('none')

  useEffect(() => {
    if (!hydrated) return
    function sync() {
      const list = boxes(formId)
      const ticked = list.filter((item) => item.checked).length
      setState(ticked === 0 ? 'none' : ticked === list.length ? 'all' : 'some')
    }
    sync()
    document.addEventListener('change', sync)
    return () => document.removeEventListener('change', sync)
  }, [hydrated, formId])

  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some'
  }, [state])

  if (!hydrated) {
    return (
      <a href={noScriptHref} className="text-accent-ink underline">
        Tout sélectionner
      </a>
    )
  }
  return (
    <label className="inline-flex items-center gap-2">
      <input
        ref={box}
        type="checkbox"
        checked={state === 'all'}
        data-testid="select-all"
        onChange={(event) => {
          const checked = event.currentTarget.checked
          for (const item of boxes(formId)) item.checked = checked
          setState(checked ? 'all' : 'none')
        }}
      />
      Tout sélectionner
    </label>
  )
}
