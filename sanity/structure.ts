import { CaseIcon } from '@sanity/icons/Case'
import { CogIcon } from '@sanity/icons/Cog'
import { CommentIcon } from '@sanity/icons/Comment'
import { DocumentsIcon } from '@sanity/icons/Documents'
import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { StackIcon } from '@sanity/icons/Stack'
import { TagIcon } from '@sanity/icons/Tag'
import { UserIcon } from '@sanity/icons/User'
import type {
  StructureBuilder,
  StructureResolver,
  StructureResolverContext,
} from 'sanity/structure'
import { apiVersion } from './env'
import { articleKinds, commentStatuses } from './schemaTypes/lists'
import { readableCommentCounts } from './lib/comment-counts'

function articlesByKind(S: StructureBuilder) {
  return S.listItem()
    .id('articles')
    .title('Articles')
    .icon(DocumentsIcon)
    .child(
      S.list()
        .title('Articles')
        .items([
          ...articleKinds.map(({ plural, title, value }) =>
            S.listItem()
              .id(`articles-${value}`)
              .title(plural)
              .icon(DocumentTextIcon)
              .child(
                S.documentList()
                  .id(`articles-${value}`)
                  .title(plural)
                  .schemaType('article')
                  .apiVersion(apiVersion)
                  .filter('_type == "article" && kind == $kind')
                  .params({ kind: value })
                  .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }])
                  .initialValueTemplates([
                    S.initialValueTemplateItem('article-by-kind', { kind: value }).title(title),
                  ]),
              ),
          ),
          S.divider(),
          S.documentTypeListItem('article').title('Tous les articles'),
        ]),
    )
}

function commentsByStatus(S: StructureBuilder, context: StructureResolverContext) {
  return S.listItem()
    .id('comments')
    .title('Commentaires')
    .icon(CommentIcon)
    .child(async () => {
      // Counted each time the list opens, for a user who may read comments: for another one, or
      // when counting fails, the lists show no number rather than a false zero.
      const counts: Record<string, number> =
        (await readableCommentCounts(context.getClient({ apiVersion })).catch(() => null)) ?? {}
      return S.list()
        .title('Commentaires')
        .items(
          commentStatuses.map(({ plural, value }) =>
            S.listItem()
              .id(`comments-${value}`)
              .title(typeof counts[value] === 'number' ? `${plural} (${counts[value]})` : plural)
              .icon(CommentIcon)
              .child(
                S.documentList()
                  .id(`comments-${value}`)
                  .title(`Commentaires : ${plural.toLowerCase()}`)
                  .schemaType('comment')
                  .apiVersion(apiVersion)
                  .filter('_type == "comment" && status == $status')
                  .params({ status: value })
                  .defaultOrdering([{ field: 'createdAt', direction: 'desc' }])
                  // Comments come from readers through the site, never from the Studio.
                  .initialValueTemplates([]),
              ),
          ),
        )
    })
}

/** The Studio's left-hand navigation, in the editors' vocabulary. */
export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('Contenu')
    .items([
      S.documentTypeListItem('series').title('Rubriques').icon(StackIcon),
      articlesByKind(S),
      S.documentTypeListItem('person').title('Personnalités').icon(UserIcon),
      S.documentTypeListItem('organisation').title('Organisations').icon(CaseIcon),
      S.documentTypeListItem('tag').title('Thèmes').icon(TagIcon),
      S.divider(),
      commentsByStatus(S, context),
      S.divider(),
      S.listItem()
        .id('siteSettings')
        .title('Réglages du site')
        .icon(CogIcon)
        .child(
          S.document()
            .schemaType('siteSettings')
            .documentId('siteSettings')
            .title('Réglages du site'),
        ),
    ])
