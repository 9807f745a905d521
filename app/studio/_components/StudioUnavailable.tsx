import Link from 'next/link'

const variables = [
  {
    name: 'NEXT_PUBLIC_SANITY_PROJECT_ID',
    role: 'Identifiant du projet Sanity. Sa présence active le Studio et le Content Lake.',
  },
  {
    name: 'NEXT_PUBLIC_SANITY_DATASET',
    role: 'Jeu de données à utiliser (par défaut « production »).',
  },
]
// The server-only token variables are not named on this public page (tests/e2e/secrets.spec.ts
// scans the build for their names): README.md and .env.example list them.

interface StepProps {
  number: number
  title: string
  children: React.ReactNode
}

function Step({ number, title, children }: StepProps) {
  return (
    <li className="grid gap-3 border-t border-rule pt-6 sm:grid-cols-[3rem_1fr]">
      <span aria-hidden="true" className="font-serif text-3xl leading-none text-accent">
        {number}
      </span>
      <div className="space-y-3">
        <h2 className="text-xl font-semibold">{title}</h2>
        {children}
      </div>
    </li>
  )
}

function Command({ children }: { children: string }) {
  return (
    <pre className="overflow-x-auto rounded-md border border-rule bg-black/5 px-4 py-3 text-sm dark:bg-white/5">
      <code>{children}</code>
    </pre>
  )
}

/**
 * Shown at /studio while no Sanity project is configured: the site then runs on the embedded
 * content store, and editors need to know how to switch to a real Content Lake.
 */
export function StudioUnavailable() {
  return (
    <main className="mx-auto max-w-3xl px-5 py-12 sm:py-20">
      <p className="text-sm tracking-widest text-muted uppercase">
        <Link href="/" className="underline-offset-4 hover:text-accent hover:underline">
          Kiosque
        </Link>{' '}
        · Studio
      </p>
      <h1 className="mt-3 text-4xl leading-tight sm:text-5xl">
        Le Studio n’est pas encore relié à un projet Sanity
      </h1>
      <p className="mt-6 text-lg text-muted">
        Le site fonctionne actuellement sur sa{' '}
        <strong className="text-ink">base de contenu intégrée</strong> : les articles,
        personnalités, organisations et commentaires sont servis localement, avec les mêmes requêtes
        GROQ que le Content Lake. Aucun compte ni aucune clé n’est nécessaire pour lire le site ou y
        commenter.
      </p>
      <p className="mt-4 text-lg text-muted">
        Pour éditer le contenu dans Sanity Studio, reliez le site à un projet Sanity en trois
        étapes.
      </p>

      <ol className="mt-12 space-y-10">
        <Step number={1} title="Renseigner les variables d’environnement">
          <p>
            Créez un projet sur{' '}
            <a href="https://www.sanity.io/manage" className="text-accent underline">
              sanity.io/manage
            </a>
            , puis ajoutez ces variables dans <code>.env.local</code> (voir{' '}
            <code>.env.example</code>) ou dans les réglages de votre hébergeur :
          </p>
          <dl className="divide-y divide-rule rounded-md border border-rule">
            {variables.map(({ name, role }) => (
              <div key={name} className="grid gap-1 px-4 py-3 sm:grid-cols-[minmax(0,19rem)_1fr]">
                <dt>
                  <code className="text-sm font-semibold break-all">{name}</code>
                </dt>
                <dd className="text-sm text-muted">{role}</dd>
              </div>
            ))}
          </dl>
          <p>
            Ajoutez ensuite les jetons de lecture et d’écriture de l’API, côté serveur (brouillons,
            dépôt et modération des commentaires) : leurs noms figurent dans{' '}
            <code>.env.example</code> et dans le tableau des variables du README.
          </p>
          <p className="text-sm text-muted">
            Les jetons restent côté serveur : ne leur donnez jamais le préfixe{' '}
            <code>NEXT_PUBLIC_</code>. Ajoutez aussi l’adresse du site aux origines CORS du projet
            (avec les identifiants autorisés) pour que le Studio puisse s’y connecter.
          </p>
        </Step>

        <Step number={2} title="Importer le contenu de démonstration">
          <p>
            Le jeu de données fourni (textes et images) s’importe avec la CLI Sanity, après{' '}
            <code>npx sanity login</code> ; remplacez <code>production</code> par le nom de votre
            jeu de données si besoin.
          </p>
          <Command>npx sanity dataset import content/demo/data.ndjson production</Command>
          <p className="text-sm text-muted">
            Pour repartir du contenu modifié localement, <code>npm run content:export</code> exporte
            la base intégrée au même format NDJSON, prêt à être importé.
          </p>
        </Step>

        <Step number={3} title="Redémarrer le site">
          <p>
            Relancez <code>npm run dev</code>, ou reconstruisez le site (<code>npm run build</code>)
            en production : les variables <code>NEXT_PUBLIC_</code> sont figées à la compilation. Le
            site lit alors le Content Lake et le Studio s’affiche à cette adresse.
          </p>
        </Step>
      </ol>

      <p className="mt-14 border-t border-rule pt-6 text-sm text-muted">
        <Link href="/" className="text-accent underline">
          Retour à l’accueil
        </Link>
      </p>
    </main>
  )
}
