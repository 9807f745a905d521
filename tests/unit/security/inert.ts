import { parse, parseFragment } from 'parse5'

/*
 * Looks for executable markup in rendered HTML with a real HTML5 parser (parse5, the parser of
 * jsdom), so a payload counts as injected only if a browser would build an element or attribute
 * from it, not merely because its characters appear escaped in the text.
 */

interface Node {
  nodeName: string
  tagName?: string
  attrs?: { name: string; value: string }[]
  childNodes?: Node[]
  content?: Node
  value?: string
}

/** React's placeholder for a function `action` rendered outside a Server Components build. */
const REACT_FORM_PLACEHOLDER = /^javascript:throw new Error\('React form unexpectedly submitted/

/** React's own inline script that queues forms submitted before hydration. */
const REACT_FORM_REPLAY =
  /^addEventListener\("submit",function\(a\)\{[^<]*\$\$reactFormReplay[^<]*\}\);$/

function textOf(node: Node): string {
  return (node.childNodes ?? []).map((child) => child.value ?? '').join('')
}

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'srcdoc',
  'background',
  'poster',
  'dynsrc',
  'lowsrc',
])
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'base',
  'link',
  'style',
  'svg',
  'math',
  'img',
  'frame',
  'frameset',
  'applet',
  'template',
])

/** The checks made on each link pointing off the site. */
export interface InertOptions {
  /** `rel` words every external link must carry (comment bodies: nofollow ugc noopener). */
  externalRel?: readonly string[]
  /** Origins whose links are the site's own (no `rel` required). */
  ownOrigins?: readonly string[]
}

function* walk(node: Node): Generator<Node> {
  yield node
  for (const child of node.childNodes ?? []) yield* walk(child)
  if (node.content) yield* walk(node.content)
}

/** Every reason the HTML could run script or leak a reader off-site unmarked; empty when inert. */
export function executableMarkup(html: string, options: InertOptions = {}): string[] {
  const root = (/^\s*<!doctype/i.test(html) ? parse(html) : parseFragment(html)) as unknown as Node
  const problems: string[] = []
  for (const node of walk(root)) {
    if (!node.tagName) continue
    const reactScript = node.tagName === 'script' && REACT_FORM_REPLAY.test(textOf(node))
    if (FORBIDDEN_ELEMENTS.has(node.tagName) && !reactScript) {
      problems.push(`élément <${node.tagName}>`)
    }
    const attrs = node.attrs ?? []
    // <meta charset> is the mail template's own; a refresh or CSP <meta> would be injected.
    if (node.tagName === 'meta' && attrs.some((attr) => attr.name === 'http-equiv')) {
      problems.push('élément <meta http-equiv>')
    }
    for (const { name, value } of attrs) {
      if (name.startsWith('on')) problems.push(`attribut ${name} sur <${node.tagName}>`)
      if (name === 'style' && /url\s*\(|expression\s*\(/i.test(value)) {
        problems.push(`style actif sur <${node.tagName}>`)
      }
      if (!URL_ATTRIBUTES.has(name)) continue
      // Browsers strip ASCII whitespace and controls before reading a scheme.
      const scheme = value.replace(/[\u0000-\u0020]/g, '').toLowerCase()
      if (REACT_FORM_PLACEHOLDER.test(value)) continue
      if (/^(javascript|vbscript|data|livescript):/.test(scheme)) {
        problems.push(`${name}="${value.slice(0, 60)}" sur <${node.tagName}>`)
      }
    }
    if (node.tagName === 'a' && options.externalRel) {
      const href = attrs.find((attr) => attr.name === 'href')?.value ?? ''
      const own = (options.ownOrigins ?? []).some((origin) => href.startsWith(origin))
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href) && !own && !href.startsWith('mailto:')) {
        const rel = (attrs.find((attr) => attr.name === 'rel')?.value ?? '').split(/\s+/)
        const missing = options.externalRel.filter((word) => !rel.includes(word))
        if (missing.length > 0) problems.push(`lien ${href} sans rel ${missing.join(' ')}`)
      }
    }
  }
  return problems
}

/** The text a browser would show for the HTML (entities decoded), to check nothing was lost. */
export function visibleText(html: string): string {
  const root = parseFragment(html) as unknown as Node
  let text = ''
  for (const node of walk(root)) if (node.nodeName === '#text') text += node.value ?? ''
  return text
}
