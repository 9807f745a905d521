'use client'

import { useEffect, useState } from 'react'

/**
 * Shows its children (the « Annuler » form) for `seconds`, then removes them: the server would
 * refuse a late undo anyway. Without JavaScript the form stays and the server says it is late.
 */
export function UndoCountdown({
  seconds,
  children,
}: {
  seconds: number
  children: React.ReactNode
}) {
  const [left, setLeft] = useState(seconds)
  useEffect(() => {
    if (left <= 0) return
    const timer = setTimeout(() => setLeft((value) => value - 1), 1000)
    return () => clearTimeout(timer)
  }, [left])
  if (left <= 0) return null
  return (
    <span className="inline-flex items-center gap-2">
      {children}
      <span aria-hidden="true" className="text-muted tabular-nums" data-testid="undo-countdown">
        {left} s
      </span>
    </span>
  )
}
