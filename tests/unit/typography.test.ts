import { describe, expect, it } from 'vitest'

import { NBSP, NNBSP, frenchTypography } from '@/lib/typography'

describe('frenchTypography', () => {
  it('puts a narrow no-break space before ; ! ? whether or not one was typed', () => {
    expect(frenchTypography('Pourquoi ? Parce que !')).toBe(`Pourquoi${NNBSP}? Parce que${NNBSP}!`)
    expect(frenchTypography('Vraiment?')).toBe(`Vraiment${NNBSP}?`)
    expect(frenchTypography('un; deux')).toBe(`un${NNBSP}; deux`)
  })

  it('replaces a typed space before a colon but leaves times and URLs alone', () => {
    expect(frenchTypography('V. T. : oui')).toBe(`V. T.${NNBSP}: oui`)
    expect(frenchTypography('à 10:30 sur https://exemple.fr')).toBe(
      `à${NBSP}10:30 sur https://exemple.fr`,
    )
  })

  it('spaces guillemets on the inside', () => {
    expect(frenchTypography('le «numérique responsable»')).toBe(
      `le «${NNBSP}numérique responsable${NNBSP}»`,
    )
    expect(frenchTypography('« déjà »')).toBe(`«${NNBSP}déjà${NNBSP}»`)
  })

  it('turns typewriter apostrophes and ellipses into their typographic forms', () => {
    expect(frenchTypography("l'entreprise...")).toBe('l’entreprise…')
  })

  it('keeps thousands groups, units and one-letter words together', () => {
    expect(frenchTypography('2 500 entreprises, 12 %')).toBe(
      `2${NNBSP}500 entreprises, 12${NNBSP}%`,
    )
    expect(frenchTypography('il a fallu aller à Lyon')).toBe(`il a${NBSP}fallu aller à${NBSP}Lyon`)
  })

  it('is idempotent', () => {
    const once = frenchTypography("« Qu'en pensez-vous ? » : 2 500 à Lille !")
    expect(frenchTypography(once)).toBe(once)
  })
})
