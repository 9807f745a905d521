import { VoteButtonClient, type VoteButtonClientProps } from './index.client'

/** « Utile (3) »: works as a plain form without JavaScript. */
export function VoteButton(props: VoteButtonClientProps) {
  return <VoteButtonClient {...props} />
}
