import { KeyboardShortcutsListener, LEGEND_ID } from './index.client'

const shortcuts = [
  ['j', 'commentaire suivant'],
  ['k', 'commentaire précédent'],
  ['a', 'approuver le commentaire en cours'],
  ['r', 'rejeter le commentaire en cours'],
  ['s', 'classer le commentaire en cours en spam'],
  ['x', 'sélectionner ou désélectionner le commentaire en cours'],
  ['u', 'annuler la dernière décision (tant que « Annuler » est affiché)'],
  ['?', 'afficher ces raccourcis'],
  ['Échap', 'revenir des raccourcis au commentaire en cours'],
] as const

export interface KeyboardShortcutsProps {
  /** Changes after each action, so focus is restored once the list has re-rendered. */
  resultKey: string
}

/** The « Raccourcis clavier » box, and the listener that implements them. */
export function KeyboardShortcuts({ resultKey }: KeyboardShortcutsProps) {
  return (
    <aside
      id={LEGEND_ID}
      tabIndex={-1}
      aria-labelledby={`${LEGEND_ID}-titre`}
      className="mt-8 scroll-mt-4 rounded border border-rule p-4 text-sm focus:outline-2 focus-visible:outline-accent"
    >
      <h2 id={`${LEGEND_ID}-titre`} className="font-sans text-base font-semibold">
        Raccourcis clavier
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {shortcuts.map(([key, label]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-rule px-1.5 font-mono">{key}</kbd>
            </dt>
            <dd>{label}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-muted">Avec JavaScript activé, hors des champs de saisie.</p>
      <KeyboardShortcutsListener resultKey={resultKey} />
    </aside>
  )
}
