import { renderToStaticMarkup } from 'react-dom/server'
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'

import { Avatar } from '@/components/comments/Avatar'
import { AVATAR_COLOURS, avatarColour, avatarInitials } from '@/lib/comments/avatar'

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05)

describe('initials avatars', () => {
  it('takes the first letters of the first and last words, accents kept, upper case', () => {
    expect(avatarInitials('Hélène Varambon')).toBe('HV')
    expect(avatarInitials('jean-baptiste ollivry')).toBe('JO')
    expect(avatarInitials('Élodie')).toBe('É')
    expect(avatarInitials('  Marie  de La Tour ')).toBe('MT')
    expect(avatarInitials('« Lectrice » assidue')).toBe('LA')
    expect(avatarInitials('🙂')).toBe('?')
  })

  it('gives a name always the same colour, and spreads names over the palette', () => {
    expect(avatarColour('Annick Delorme')).toBe(avatarColour('  annick delorme '))
    const names = Array.from({ length: 200 }, (_, index) => `Lecteur ${index}`)
    expect(new Set(names.map(avatarColour)).size).toBe(AVATAR_COLOURS.length)
  })

  it('keeps white initials readable on every colour (contrast at least 4.5:1)', () => {
    for (const colour of AVATAR_COLOURS) {
      expect(contrastWithWhite(colour), colour).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('is decorative markup rendered on the server, with no image from elsewhere', () => {
    const html = renderToStaticMarkup(createElement(Avatar, { name: 'Gilles Fortuné' }))
    expect(html).toContain('aria-hidden="true"')
    expect(html).toContain('>GF</span>')
    expect(html).toContain(`background-color:${avatarColour('Gilles Fortuné')}`)
    expect(html).not.toMatch(/<img|https?:/)
  })
})
