/** Props of `LinkProblem`. */
export interface LinkProblemProps {
  message: string
}

/** A refused link, explained in French. */
export function LinkProblem({ message }: LinkProblemProps) {
  return (
    <p role="alert" className="mt-6 font-semibold text-accent-ink" data-testid="link-problem">
      {message}
    </p>
  )
}
