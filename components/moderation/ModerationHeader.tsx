import Link from 'next/link'

import { logoutAction } from '@/app/moderation/actions'

export interface ModerationHeaderProps {
  name: string
}

/** The back office's only chrome: who is logged in, and the way out. */
export function ModerationHeader({ name }: ModerationHeaderProps) {
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/moderation" className="font-serif text-xl font-bold no-underline">
          Kiosque · Modération
        </Link>
        <div className="flex items-center gap-4 text-sm">
          <span data-testid="moderator-name">{name}</span>
          <form action={logoutAction}>
            <button type="submit" className="underline">
              Se déconnecter
            </button>
          </form>
        </div>
      </div>
    </header>
  )
}
