/** Cache tag of an article's approved comments; a write that changes them updates it. */
export function commentsTag(articleId: string): string {
  return `comments:${articleId}`
}
