'use client'

import { useEffect, useRef, useState } from 'react'

const FOCUS_KEY = 'kiosque-moderation-focus'
/** The id of the legend (« Raccourcis clavier »), which `?` focuses. */
export const LEGEND_ID = 'raccourcis'

function items(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-moderation-item]')]
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) &&
    !(target instanceof HTMLInputElement && target.type === 'checkbox')
  )
}

/**
 * j/k move between comments, a/r/s submit the focused one's approve/reject/spam form,
 * x toggles its selection, u undoes the last decision while « Annuler » is shown, ? shows the
 * legend and Escape goes back from it. Without JavaScript the same forms work with the mouse
 * or Tab, and the legend is a link away.
 */
export function KeyboardShortcutsListener({ resultKey }: { resultKey: string }) {
  const [announcement, setAnnouncement] = useState('')
  const announcer = useRef<HTMLParagraphElement>(null)
  const last = useRef<number>(-1)
  // The comment to go back to when Escape leaves the legend.
  const back = useRef<HTMLElement | null>(null)

  // After an action the list re-renders: put focus back where the moderator was.
  useEffect(() => {
    const saved = Number(sessionStorage.getItem(FOCUS_KEY) ?? '-1')
    sessionStorage.removeItem(FOCUS_KEY)
    const list = items()
    if (saved >= 0 && list.length > 0) list[Math.min(saved, list.length - 1)]?.focus()
  }, [resultKey])

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      const list = items()
      const current = document.activeElement?.closest<HTMLElement>('[data-moderation-item]')
      const index = current ? list.indexOf(current) : -1
      const key = event.key.toLowerCase()
      const legend = document.getElementById(LEGEND_ID)
      if (key === '?' && legend) {
        event.preventDefault()
        if (current) back.current = current
        legend.scrollIntoView({ block: 'center' })
        legend.focus()
        return
      }
      if (key === 'escape' && legend?.contains(document.activeElement)) {
        event.preventDefault()
        const target = back.current?.isConnected ? back.current : list[0]
        target?.focus()
        return
      }
      if (key === 'u') {
        const undo = document.querySelector<HTMLFormElement>('form[data-undo]')
        if (!undo) return
        event.preventDefault()
        if (index >= 0) sessionStorage.setItem(FOCUS_KEY, String(index))
        setAnnouncement('Annulation en cours…')
        undo.requestSubmit()
        return
      }
      if (list.length === 0) return
      if (key === 'j' || key === 'k') {
        event.preventDefault()
        const next =
          index < 0 ? (key === 'j' ? 0 : list.length - 1) : index + (key === 'j' ? 1 : -1)
        const target = list[Math.max(0, Math.min(list.length - 1, next))]
        target?.focus()
        last.current = list.indexOf(target as HTMLElement)
        setAnnouncement(`Commentaire ${last.current + 1} sur ${list.length}`)
        return
      }
      if (!current) return
      if (key === 'x') {
        event.preventDefault()
        const box = current.querySelector<HTMLInputElement>('[data-select]')
        if (!box) return
        box.checked = !box.checked
        // Lets « Tout sélectionner » follow.
        box.dispatchEvent(new Event('change', { bubbles: true }))
        setAnnouncement(box.checked ? 'Commentaire sélectionné' : 'Commentaire désélectionné')
        return
      }
      if (key === 'a' || key === 'r' || key === 's') {
        const button = current.querySelector<HTMLButtonElement>(`button[data-shortcut="${key}"]`)
        if (!button?.form) return
        event.preventDefault()
        sessionStorage.setItem(FOCUS_KEY, String(index))
        setAnnouncement('Envoi en cours…')
        button.form.requestSubmit(button)
      }
    }
    document.addEventListener('keydown', onKeyDown)
    // Not React state: a marker for tests and styles that the keys now work.
    announcer.current?.setAttribute('data-ready', 'true')
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <p aria-live="polite" className="sr-only" data-testid="shortcut-announcer" ref={announcer}>
      {announcement}
    </p>
  )
}
