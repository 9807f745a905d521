import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { nextVersion } from './bare-page'

/*
 * The peer of the article page: a stock Next.js App Router blog post carrying the same
 * interview text, and nothing else (no comments, no biography, no related articles). A plain
 * blog app as Next's own examples write one — root layout with a header and a footer, one
 * global stylesheet, `app/posts/[slug]/page.jsx` prerendered by `generateStaticParams` — is
 * written to bench/stock-post and built once per Next version and article text with this
 * project's node_modules, then served by `next start`.
 */

export const STOCK_POST_PATH = '/posts/3-questions-a-helene-varambon'
const ARTICLE_ID = 'article-3-questions-a-helene-varambon'
const root = path.resolve('bench/stock-post')

interface Block {
  _type: string
  style?: string
  children?: { text?: string }[]
  question?: string
  answer?: Block[]
}

interface Post {
  slug: string
  title: string
  date: string
  summary: string
  sections: { heading?: string; paragraphs: string[] }[]
}

/** The article's text from the demo dataset: headline, standfirst, questions and answers. */
export function stockPostFromDemo(file = 'content/demo/data.ndjson'): Post {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.includes(`"${ARTICLE_ID}"`)) continue
    const doc = JSON.parse(line) as {
      _id: string
      headline: string
      standfirst: string
      publishedAt: string
      slug: { current: string }
      body: Block[]
    }
    if (doc._id !== ARTICLE_ID) continue
    const text = (block: Block) => (block.children ?? []).map((child) => child.text ?? '').join('')
    const sections: Post['sections'] = [{ paragraphs: [] }]
    for (const block of doc.body) {
      if (block._type === 'qa') {
        sections.push({
          heading: block.question ?? '',
          paragraphs: (block.answer ?? []).map(text),
        })
      } else if (block._type === 'block') {
        sections[sections.length - 1]!.paragraphs.push(text(block))
      }
    }
    return {
      slug: doc.slug.current,
      title: doc.headline,
      date: doc.publishedAt,
      summary: doc.standfirst,
      sections: sections.filter((section) => section.heading || section.paragraphs.length > 0),
    }
  }
  throw new Error(`${ARTICLE_ID} absent de ${file}`)
}

function files(post: Post): Record<string, string> {
  return {
    'package.json': JSON.stringify({ private: true, type: 'module' }),
    'next.config.mjs': 'export default {}\n',
    'posts.json': JSON.stringify([post]),
    'app/global.css': `:root { color-scheme: light dark; }
body { max-width: 42rem; margin: 2.5rem auto; padding: 0 1rem; font-family: system-ui, sans-serif; line-height: 1.6; }
header nav { display: flex; gap: 1rem; margin-bottom: 2rem; }
a { color: inherit; }
.date { color: #666; font-size: 0.875rem; }
footer { margin-top: 4rem; font-size: 0.875rem; color: #666; }
`,
    'app/layout.jsx': `import './global.css'

export const metadata = { title: { default: 'Mon blog', template: '%s | Mon blog' } }

export default function RootLayout({ children }) {
  return (
    <html lang="fr">
      <body>
        <header>
          <nav>
            <a href="/">Accueil</a>
            <a href="/posts">Articles</a>
          </nav>
        </header>
        <main>{children}</main>
        <footer>© Mon blog</footer>
      </body>
    </html>
  )
}
`,
    'app/posts/[slug]/page.jsx': `import { notFound } from 'next/navigation'
import posts from '../../../posts.json'

export function generateStaticParams() {
  return posts.map((post) => ({ slug: post.slug }))
}

export async function generateMetadata({ params }) {
  const { slug } = await params
  const post = posts.find((p) => p.slug === slug)
  return post ? { title: post.title, description: post.summary } : {}
}

export default async function Post({ params }) {
  const { slug } = await params
  const post = posts.find((p) => p.slug === slug)
  if (!post) notFound()
  return (
    <section>
      <h1>{post.title}</h1>
      <p className="date">{new Date(post.date).toLocaleDateString('fr-FR', { dateStyle: 'long' })}</p>
      <article>
        <p><strong>{post.summary}</strong></p>
        {post.sections.map((section, i) => (
          <div key={i}>
            {section.heading ? <h2>{section.heading}</h2> : null}
            {section.paragraphs.map((text, j) => <p key={j}>{text}</p>)}
          </div>
        ))}
      </article>
    </section>
  )
}
`,
  }
}

/** Builds the stock post app when its build is missing or stale; returns its dir. */
export function buildStockPost(log: (line: string) => void): string {
  const post = stockPostFromDemo()
  const stamp = path.join(root, '.next', 'stamp')
  const wanted = `${nextVersion}\n${JSON.stringify(post)}`
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return root
  rmSync(root, { recursive: true, force: true })
  for (const [file, content] of Object.entries(files(post))) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), content)
  }
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir')
  log(`build du billet de blog Next ${nextVersion} de référence (bench/stock-post)…`)
  const build = spawnSync(
    process.execPath,
    [path.resolve('node_modules/next/dist/bin/next'), 'build', root],
    {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      encoding: 'utf8',
    },
  )
  if (build.status !== 0) throw new Error(`build du billet : ${build.stderr || build.stdout}`)
  writeFileSync(stamp, wanted)
  return root
}

/** `next start` arguments for the stock post app on `port`. */
export function stockPostCommand(dir: string, port: number): string[] {
  return [
    path.resolve('node_modules/next/dist/bin/next'),
    'start',
    dir,
    '-H',
    '127.0.0.1',
    '-p',
    String(port),
  ]
}
