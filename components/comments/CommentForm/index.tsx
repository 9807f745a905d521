import { CommentFormClient, type CommentFormClientProps } from './index.client'

/** Props of the comment form section. */
export type CommentFormProps = CommentFormClientProps

/** « Rejoignez la discussion ! »: the form, anchored at `#formulaire`. */
export function CommentForm(props: CommentFormProps) {
  return (
    <div id="formulaire" className="mt-10 scroll-mt-4 border-t border-rule pt-6" data-print="hide">
      <h3 className="font-sans text-lg font-bold">Laisser un commentaire</h3>
      <p className="mt-1 text-sm text-muted">Votre adresse e-mail ne sera pas publiée.</p>
      <CommentFormClient {...props} />
    </div>
  )
}
