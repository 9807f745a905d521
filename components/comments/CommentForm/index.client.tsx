'use client'

import {
  startTransition,
  useActionState,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
} from 'react'

import { BODY_MAX, EDIT_PAGE_PATH, EDIT_WINDOW_MINUTES, NAME_MAX } from '@/lib/comments/form-limits'
import type { CommentField, CommentFormState } from '@/lib/comments/schema'

import { startTokenAction, submitCommentAction } from '../actions'
import { useFormTarget } from './target'

/** Props of the interactive comment form. */
export interface CommentFormClientProps {
  articleId: string
  /** Where the form posts without JavaScript (`/articles/<slug>/commentaires`). */
  postPath: string
}

const noop = () => () => {}

const input =
  'border-rule bg-paper text-ink focus:border-accent mt-1 block w-full rounded border px-3 py-2 font-sans text-base'

/** The comment form: validated by the Server Action, errors beside their fields. */
export function CommentFormClient(props: CommentFormClientProps) {
  const [state, dispatch, pending] = useActionState(submitCommentAction, {
    status: 'idle',
  } satisfies CommentFormState)
  const target = useFormTarget()
  const [shownAt, setShownAt] = useState<string>()
  const asked = useRef(false)
  const formRef = useRef<HTMLFormElement>(null)
  const id = useId()
  // False in the server HTML, true once hydrated: lets tests (and styles) tell the two apart.
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  )
  const errors: Partial<Record<CommentField, string>> = state.status === 'error' ? state.errors : {}
  const values = state.status === 'error' ? state.values : null
  // With JavaScript the thread reads the URL and says what the form answers; without it, only
  // a refused post can (it echoes its own hidden fields).
  const live = target.live === true
  const parentId = (live ? target.parentId : values?.parentId) ?? ''
  const anchorBlockKey = (live ? target.anchorBlockKey : values?.anchorBlockKey) ?? ''
  const anchorQuote = (live ? target.anchorQuote : values?.anchorQuote) ?? ''
  // The static page has no token: with JavaScript one is asked at the first focus in the form;
  // without it there is none until a first send (the server then asks to confirm).
  const startToken = state.startToken ?? shownAt ?? ''
  const askStartToken = () => {
    if (asked.current) return
    asked.current = true
    startTokenAction().then(setShownAt, () => {
      asked.current = false
    })
  }
  const cancelHref = target.cancelHref ?? '?#formulaire'

  // Once a comment is accepted its text leaves the form, so that a second click cannot send it
  // again (a « too fast » refusal, then a duplicate). Name and e-mail stay for the next one.
  useEffect(() => {
    const form = formRef.current
    if (state.status !== 'ok' || !form) return
    for (const name of ['body', 'notifyThread', 'notifyReplies']) {
      const element = form.elements.namedItem(name)
      if (element instanceof HTMLTextAreaElement) element.value = ''
      if (element instanceof HTMLInputElement) element.checked = false
    }
  }, [state])

  const field = (name: CommentField) => ({
    id: `${id}-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-erreur` : undefined,
  })
  const error = (name: CommentField) =>
    errors[name] ? (
      <p
        id={`${id}-${name}-erreur`}
        className="mt-1 text-sm font-semibold text-accent-ink"
        data-testid={`erreur-${name}`}
      >
        {errors[name]}
      </p>
    ) : null

  // Hydrated, the form answers in place through the Server Action; before that (or without
  // JavaScript) it is a plain post to the comment route, which redirects or answers the errors.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formData = new FormData(event.currentTarget)
    startTransition(() => dispatch(formData))
  }

  return (
    <form
      ref={formRef}
      action={props.postPath}
      method="post"
      onSubmit={submit}
      onFocus={askStartToken}
      className="mt-6 space-y-5 font-sans"
      data-testid="comment-form"
      data-hydrated={hydrated ? 'true' : undefined}
      noValidate
    >
      <div role="status" aria-live="polite">
        {state.status === 'ok' ? (
          <p
            className="rounded border-l-4 border-accent bg-paper p-4 font-semibold"
            data-testid="comment-confirmation"
          >
            {state.message}
          </p>
        ) : null}
        {state.status === 'ok' ? (
          <p className="mt-2 text-sm" data-testid="comment-confirmation-suite">
            Le formulaire est vide de nouveau : vous pouvez écrire un autre commentaire. Pendant{' '}
            {EDIT_WINDOW_MINUTES} minutes, vous pouvez encore corriger celui-ci depuis ce navigateur
            :{' '}
            <a className="font-semibold text-accent-ink underline" href={EDIT_PAGE_PATH}>
              modifier mon commentaire
            </a>
            .
          </p>
        ) : null}
      </div>
      {errors.form ? (
        <p
          role="alert"
          className="rounded border border-current p-3 text-sm font-semibold text-accent-ink"
          data-testid="erreur-form"
        >
          {errors.form}
        </p>
      ) : null}
      <input type="hidden" name="articleId" value={props.articleId} />
      <input type="hidden" name="startToken" value={startToken} />
      <input type="hidden" name="parentId" value={parentId} />
      <input type="hidden" name="anchorBlockKey" value={anchorBlockKey} />
      <input type="hidden" name="anchorQuote" value={anchorQuote} />
      {parentId ? (
        <p className="text-sm text-muted" data-testid="reply-target">
          En réponse à {target.parentName ?? 'un commentaire'}.{' '}
          <a className="underline" href={cancelHref}>
            Annuler la réponse
          </a>
        </p>
      ) : null}
      {error('parentId')}
      {anchorBlockKey ? (
        <div className="text-sm text-muted" data-testid="passage-target">
          <p>Vous commentez ce passage :</p>
          {anchorQuote || target.passagePreview ? (
            <blockquote
              className="mt-1 border-l-2 border-rule pl-3 italic"
              data-testid="passage-quote"
            >
              « {anchorQuote || target.passagePreview} »
            </blockquote>
          ) : null}
          <a className="underline" href={cancelHref}>
            Commenter l’article entier
          </a>
        </div>
      ) : null}
      {error('anchorBlockKey')}
      {error('anchorQuote')}
      <div>
        <label htmlFor={`${id}-body`} className="font-semibold">
          Commentaire
        </label>
        <textarea
          {...field('body')}
          rows={6}
          required
          defaultValue={values?.body ?? ''}
          className={input}
          aria-describedby={[errors.body ? `${id}-body-erreur` : '', `${id}-body-aide`]
            .join(' ')
            .trim()}
        />
        <p id={`${id}-body-aide`} className="mt-1 text-xs text-muted">
          Texte brut, {BODY_MAX.toLocaleString('fr-FR')} caractères au plus ; les adresses web
          deviennent des liens.
        </p>
        {error('body')}
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-name`} className="font-semibold">
            Nom
          </label>
          <input
            {...field('name')}
            type="text"
            autoComplete="name"
            required
            maxLength={NAME_MAX * 2}
            defaultValue={values?.name ?? ''}
            className={input}
          />
          {error('name')}
        </div>
        <div>
          <label htmlFor={`${id}-email`} className="font-semibold">
            Adresse e-mail
          </label>
          <input
            {...field('email')}
            type="email"
            autoComplete="email"
            required
            defaultValue={values?.email ?? ''}
            className={input}
          />
          {error('email')}
        </div>
      </div>
      {/* Honeypot: out of sight and out of the tab order; people leave it empty. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={`${id}-website`}>Site web (laisser vide)</label>
        <input
          id={`${id}-website`}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      {error('website')}
      <fieldset>
        <legend className="font-semibold">Notification pour</legend>
        <label className="mt-1 flex items-center gap-2">
          <input
            type="checkbox"
            name="notifyThread"
            defaultChecked={values?.notifyThread ?? false}
          />
          nouveaux commentaires de suivi
        </label>
        <label className="mt-1 flex items-center gap-2">
          <input
            type="checkbox"
            name="notifyReplies"
            defaultChecked={values?.notifyReplies ?? false}
          />
          nouvelles réponses à mes commentaires
        </label>
        <p className="mt-1 text-xs text-muted">
          Un e-mail vous demandera de confirmer l’abonnement.
        </p>
      </fieldset>
      <div>
        <label className="flex items-start gap-2">
          <input
            {...field('consent')}
            type="checkbox"
            required
            defaultChecked={values?.consent ?? false}
            className="mt-1"
          />
          <span>
            J’accepte que mes données soient conservées pour publier et gérer mon commentaire.
          </span>
        </label>
        <p className="mt-1 text-xs text-muted">
          Votre nom et votre commentaire sont publiés après modération ; votre adresse e-mail reste
          privée et sert uniquement à gérer votre commentaire et vos abonnements. Vous pouvez
          demander leur suppression à tout moment.
        </p>
        {error('consent')}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-5 py-2 font-semibold text-paper disabled:opacity-60"
      >
        {pending ? 'Envoi…' : 'Publier le commentaire'}
      </button>
    </form>
  )
}
