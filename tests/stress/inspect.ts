import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { openLake } from '@/lib/lake'

/** What a data directory holds after a burst, read the way the application opens it. */
export interface StoreReport {
  /** `PRAGMA integrity_check` of lake.db and private.db: `ok` when sound. */
  integrity: { lake: string; private: string }
  /** Ids of the comments whose author address carries the burst's tag. */
  stored: Set<string>
  /** Broken links between documents, transaction log and revisions (empty when consistent). */
  logIssues: string[]
}

function integrity(file: string): string {
  const db = new DatabaseSync(file)
  try {
    return db
      .prepare('PRAGMA integrity_check')
      .all()
      .map((row) => String(row.integrity_check))
      .join('; ')
  } finally {
    db.close()
  }
}

/**
 * Opens the lake with `openLake` (WAL recovery included), lists the burst's comments through
 * GROQ, then checks that each one's `_rev` is the id of exactly one logged transaction by the
 * comment store that created that document alone, with its revision row.
 */
export async function inspectStore(dataDir: string, tag: string): Promise<StoreReport> {
  const lake = openLake({ dataDir })
  let comments: { _id: string; _rev: string }[]
  try {
    comments = await lake.query(
      '*[_type == "comment" && string::startsWith(authorEmail, $prefix)]{_id, _rev}',
      { prefix: `${tag}-` },
      { perspective: 'raw' },
    )
  } finally {
    lake.close()
  }
  const report: StoreReport = {
    integrity: {
      lake: integrity(path.join(dataDir, 'lake.db')),
      private: integrity(path.join(dataDir, 'private.db')),
    },
    stored: new Set(comments.map((comment) => comment._id)),
    logIssues: [],
  }
  const db = new DatabaseSync(path.join(dataDir, 'lake.db'), { readOnly: true })
  try {
    const transaction = db.prepare(
      'SELECT seq, author, document_ids FROM transactions WHERE id = ?',
    )
    const revision = db.prepare('SELECT rev FROM revisions WHERE doc_id = ? AND seq = ?')
    for (const comment of comments) {
      const row = transaction.get(comment._rev)
      if (!row) {
        report.logIssues.push(`${comment._id}: no transaction ${comment._rev}`)
        continue
      }
      if (row.author !== 'comments' || row.document_ids !== JSON.stringify([comment._id])) {
        report.logIssues.push(`${comment._id}: transaction ${comment._rev} is ${row.document_ids}`)
      }
      if (revision.get(comment._id, Number(row.seq))?.rev !== comment._rev) {
        report.logIssues.push(`${comment._id}: revision row missing for seq ${row.seq}`)
      }
    }
    const logged = db
      .prepare("SELECT count(*) AS n FROM transactions WHERE author = 'comments'")
      .get()
    if (Number(logged?.n) !== comments.length) {
      report.logIssues.push(`${logged?.n} comment transactions for ${comments.length} comments`)
    }
  } finally {
    db.close()
  }
  return report
}
