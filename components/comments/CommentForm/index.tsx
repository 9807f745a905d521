import { EDIT_PAGE_PATH, EDIT_WINDOW_MINUTES } from '@/lib/comments/form-limits'
import { CONFIRMATIONS } from '@/lib/comments/nojs'

import { CommentFormClient, type CommentFormClientProps } from './index.client'

/** Props of the comment form section. */
export type CommentFormProps = CommentFormClientProps

/** « Rejoignez la discussion ! »: the form, anchored at `#formulaire`. */
export function CommentForm(props: CommentFormProps) {
  return (
    <div id="formulaire" className="mt-10 scroll-mt-4 border-t border-rule pt-6" data-print="hide">
      <h3 className="font-sans text-lg font-bold">Laisser un commentaire</h3>
      <p className="mt-1 text-sm text-muted">Votre adresse e-mail ne sera pas publiée.</p>
      {/* The answer to a post without JavaScript: the comment route redirects to one of these
          anchors, and only the `:target` one shows (no request-time rendering needed). */}
      {CONFIRMATIONS.map(({ anchor, message, posted }) => (
        <div
          key={anchor}
          id={anchor}
          role="status"
          className="mt-4 hidden scroll-mt-4 rounded border-l-4 border-accent bg-paper p-4 target:block"
        >
          <p className="font-semibold" data-testid="comment-confirmation-sans-js">
            {message}
          </p>
          {posted ? (
            <p className="mt-2 text-sm">
              Pendant {EDIT_WINDOW_MINUTES} minutes, vous pouvez encore corriger votre commentaire
              depuis ce navigateur :{' '}
              <a className="font-semibold text-accent-ink underline" href={EDIT_PAGE_PATH}>
                modifier mon commentaire
              </a>
              .
            </p>
          ) : null}
        </div>
      ))}
      <CommentFormClient {...props} />
    </div>
  )
}
