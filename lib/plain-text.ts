/** Concatenates every span text of a Portable Text value, Q&A questions and answers included. */
export function plainTextOf(value: unknown): string {
  const parts: string[] = []
  const visit = (node: unknown, key?: string) => {
    if (typeof node === 'string') {
      if (key === 'text' || key === 'question') parts.push(node)
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item)
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) if (k !== 'markDefs') visit(v, k)
    }
  }
  visit(value)
  return parts.join(' ')
}
