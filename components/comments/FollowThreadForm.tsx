import { SUBSCRIBED_ANCHOR } from '@/lib/comments/nojs'
import { FOLLOW_MESSAGE } from '@/lib/subscriptions/follow'

const input =
  'border-rule bg-paper text-ink focus:border-accent mt-1 block w-full rounded border px-3 py-2 font-sans text-base'

/**
 * « Suivre les commentaires » without writing one: a plain form, server-rendered, posting to
 * `/articles/<slug>/abonnement` with or without JavaScript. The route redirects back to the
 * article at `#abonnement-demande`, whose confirmation shows only as the URL's `:target`.
 */
export function FollowThreadForm({ postPath }: { postPath: string }) {
  return (
    <div className="mt-10 border-t border-rule pt-6 font-sans" data-print="hide">
      <h3 className="text-lg font-bold" id="suivre-titre">
        Suivre les commentaires
      </h3>
      <p
        id={SUBSCRIBED_ANCHOR}
        role="status"
        className="mt-4 hidden scroll-mt-4 rounded border-l-4 border-accent bg-paper p-4 font-semibold target:block"
        data-testid="follow-confirmation"
      >
        {FOLLOW_MESSAGE}
      </p>
      <form
        action={postPath}
        method="post"
        className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-end"
        aria-labelledby="suivre-titre"
        data-testid="follow-form"
      >
        <div className="grow">
          <label htmlFor="suivre-email" className="font-semibold">
            Votre adresse e-mail
          </label>
          <input
            id="suivre-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            className={input}
          />
        </div>
        {/* Honeypot: out of sight and out of the tab order; people leave it empty. */}
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor="suivre-site">Site web (laisser vide)</label>
          <input id="suivre-site" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button
          type="submit"
          className="rounded bg-ink px-5 py-2 font-semibold text-paper hover:bg-accent"
        >
          Suivre les commentaires
        </button>
      </form>
      <p className="mt-1 text-xs text-muted">
        Sans écrire de commentaire. Un e-mail vous demandera de confirmer ; chaque message contient
        un lien de désabonnement.
      </p>
    </div>
  )
}
