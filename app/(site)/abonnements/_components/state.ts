/** State of a form whose Server Action acts on a signed link (or sends one). */
export type TokenActionState =
  { status: 'idle' } | { status: 'done'; message: string } | { status: 'error'; message: string }

/** A Server Action usable by `TokenActionForm`. */
export type TokenAction = (state: TokenActionState, formData: FormData) => Promise<TokenActionState>

/** The `jeton` query parameter, as a single string. */
export function jetonOf(params: Record<string, string | string[] | undefined>): string | undefined {
  const value = params.jeton
  return (Array.isArray(value) ? value[0] : value) || undefined
}
