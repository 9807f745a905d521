import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { LoginForm } from '@/components/moderation/LoginForm'
import { currentModerator } from '@/lib/moderation'

export const metadata: Metadata = { title: 'Connexion' }

// Reads the session (or a signed token) and the clock on every request; see ../layout.tsx.
export const instant = false

interface LoginPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  if (await currentModerator()) redirect('/moderation')
  const loggedOut = (await searchParams).deconnexion === '1'
  return (
    <main id="contenu" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-3xl font-bold">Connexion à la modération</h1>
      {loggedOut ? (
        <p role="status" className="mt-4">
          Vous êtes déconnecté.
        </p>
      ) : null}
      <LoginForm />
    </main>
  )
}
