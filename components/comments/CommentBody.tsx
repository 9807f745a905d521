import { linkify } from '@/lib/comments/text'

/** A comment's plain text: paragraphs kept, URLs as nofollow links, everything else escaped. */
export function CommentBody({ body }: { body: string }) {
  const paragraphs = body.split(/\n{2,}/)
  return (
    <div className="space-y-3 break-words whitespace-pre-line">
      {paragraphs.map((paragraph, index) => (
        // Paragraphs of a plain text have no identity beyond their position.
        <p key={index}>
          {linkify(paragraph).map((segment, at) =>
            segment.type === 'link' ? (
              <a
                key={at}
                href={segment.href}
                rel="nofollow ugc noopener"
                className="text-accent-ink underline"
              >
                {segment.text}
              </a>
            ) : (
              <span key={at}>{segment.text}</span>
            ),
          )}
        </p>
      ))}
    </div>
  )
}
