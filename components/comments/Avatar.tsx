import { avatarColour, avatarInitials } from '@/lib/comments/avatar'

/** The commenter's initials on a colour derived from their name; decorative (the name follows). */
export function Avatar({ name }: { name: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-flex size-8 shrink-0 items-center justify-center self-center rounded-full font-sans text-xs font-bold text-white select-none"
      style={{ backgroundColor: avatarColour(name) }}
      data-testid="comment-avatar"
    >
      {avatarInitials(name)}
    </span>
  )
}
