/**
 * The Studio in French. `@sanity/locale-fr-fr` translates most of the Studio; the bundles below
 * add what it lacks for sanity 6.9 (strings newer than the package, and the Presentation tool,
 * which it does not cover) and replace the few of its strings that read badly here. A key missing
 * from every bundle would fall back to US English.
 */
import { defineLocaleResourceBundle } from 'sanity'

const locale = 'fr-FR'

/** « Nouveau Personnalité » is wrong for every feminine type title: say « Nouveau document ». */
const newDocument = 'Nouveau document\u00a0: {{schemaType}}'

const structure = defineLocaleResourceBundle({
  locale,
  namespace: 'structure',
  resources: {
    'browser-document-title.new-document': newDocument,
    'panes.document-header-title.new.text': newDocument,
    'action.delete.disabled.target-not-found':
      'La version ou la variante choisie ne contient pas ce document',
    'action.discard-changes.disabled.target-not-found':
      'La version ou la variante choisie ne contient pas ce document',
    'action.duplicate.disabled.target-not-found':
      'La version ou la variante choisie ne contient pas ce document',
    'action.publish.disabled.not-publishable':
      'Cette version est publiée avec la publication groupée dont elle fait partie',
    'action.publish.disabled.target-not-found':
      'La version ou la variante choisie ne contient pas ce document',
    'action.unpublish.disabled.target-not-found':
      'La version ou la variante choisie ne contient pas ce document',
    'banners.release.action.add-to-bundle': 'Ajouter au lot',
    'banners.variant.action.add-to-variant': 'Créer une variante',
    'banners.variant.definition-not-found':
      'La variante <VariantName>{{name}}</VariantName> est introuvable.',
    'banners.variant.error.description':
      'Erreur lors de l’ajout du document à la variante\u00a0: {{message}}',
    'banners.variant.error.title': 'Erreur lors de l’ajout du document à la variante',
    'banners.variant.not-in-variant':
      'Aucun document <PerspectiveTitle>{{perspectiveTitle}}</PerspectiveTitle> n’existe pour la variante <VariantBadge>{{variantTitle}}</VariantBadge>.',
    'banners.variant.waiting.description':
      'Le document est en cours d’ajout à la variante. Cela ne prend que quelques secondes.',
    'banners.variant.waiting.title': 'Ajout du document à la variante…',
    'document-group-inventory.onboarding-hint': 'Où sont passés les boutons des versions\u00a0?',
    'document-inspector.error.close-button.aria-label': 'Fermer le panneau',
    'document-inspector.error.description': 'Une erreur est survenue dans ce panneau.',
    'document-inspector.error.retry-button.text': 'Réessayer',
    'document-inspector.error.title': 'Une erreur est survenue',
    'document-target-badges.not-in-target.tooltip':
      'Le document n’existe pas encore dans la perspective choisie.',
    'document-view.form-view.sync-pending.description':
      'Nouvel essai en cours. Vos modifications sont gardées dans votre navigateur en attendant.',
    'document-view.form-view.sync-pending.title': 'Vos modifications ne sont pas enregistrées',
    'document-view.form-view.sync-recovering.description':
      'L’édition reprend dès que vos modifications sont enregistrées.',
    'document-view.form-view.sync-recovering.title': 'Enregistrement de vos modifications…',
    'document-view.form-view.sync-stalled.description':
      'L’édition est suspendue jusqu’à leur enregistrement. Vos modifications sont gardées dans votre navigateur\u00a0: laissez cet onglet ouvert pendant les nouveaux essais.',
    'document-view.form-view.sync-stalled.title':
      'Vos modifications ne sont toujours pas enregistrées',
    'incoming-references-pane.no-references': 'Aucune référence entrante.',
    'menu-items.layout.restore-default': 'Affichage par défaut',
    'menu-items.layout.restore-default.disabled-reason': 'L’affichage par défaut est déjà utilisé',
    'menu-items.sort-by.restore-default': 'Tri par défaut',
    'menu-items.sort-by.restore-default.disabled-reason': 'Le tri par défaut est déjà utilisé',
    'panes.document-list-pane.error.max-retries-attempted':
      'Plus de nouvel essai automatique après {{count}} échecs.',
    'panes.document-list-pane.search-ordering.aria-label': 'Changer l’ordre des résultats',
    'panes.document-list-pane.search-ordering.label': 'Trié par {{order}}',
    'panes.document-list-pane.search-ordering.relevance': 'Pertinence',
    'panes.document-list-pane.search-ordering.summary-relevance': 'Trié par pertinence',
    'panes.document-list-pane.sort-order.disabled-reason':
      'Ce tri utilise des champs que ce type de document n’a pas',
    'panes.document-operation-results.operation-success_publishVersion': 'Version publiée',
    'panes.document-pane.variant-target.loading': 'Chargement du document…',
  },
})

const studio = defineLocaleResourceBundle({
  locale,
  namespace: 'studio',
  resources: {
    'asset-source.dialog.load-error': 'Impossible de charger les médias',
    'content-agent': 'Agent de contenu',
    'changes.unknown-schema-field.description':
      'Ce champ n’est pas défini dans le schéma. Ses valeurs sont affichées en JSON.',
    'divergence.pagination': '{{position}} sur {{count}}',
    'document-group-inventory.action.cancel': 'Annuler',
    'document-group-inventory.feedback.sentiment-label':
      'Le nouvel inventaire des versions est-il facile à utiliser\u00a0?',
    'document-group-inventory.filter-string.label': 'Filtrer les {{subject}}',
    'document-group-inventory.title': '{{count}} {{subject}}',
    'document-group-inventory.title_one': '{{count}} {{subject}}',
    'document-group-inventory.title_other': '{{count}} {{subject}}',
    'document-group-inventory.viewing-item-label': 'affiché',
    'document-group.base-variant': 'Tous les utilisateurs (par défaut)',
    'document-group.create-variant': 'Créer une variante',
    'document-group.create-variant.for-target': 'Créer une variante pour {{variantDefinitionName}}',
    'document-group.create-variant.target-drafts': 'En brouillon',
    'document-group.create-variant.target-releases': 'Dans une publication groupée',
    'document-group.create-variant.view-existing-variants': 'Ou voir les variantes existantes',
    'document-group.delete.cancel-button.text': 'Annuler',
    'document-group.delete.cdr-summary.document-count_one': '1 document',
    'document-group.delete.cdr-summary.document-count_other': '{{count}} documents',
    'document-group.delete.cdr-summary.subtitle_one': 'Jeu de données\u00a0: {{datasets}}',
    'document-group.delete.cdr-summary.subtitle_other': 'Jeux de données\u00a0: {{datasets}}',
    'document-group.delete.cdr-summary.subtitle_unavailable_one': 'Jeu de données indisponible',
    'document-group.delete.cdr-summary.subtitle_unavailable_other': 'Jeux de données indisponibles',
    'document-group.delete.cdr-summary.title_one': '{{documentCount}} dans un autre jeu de données',
    'document-group.delete.cdr-summary.title_other':
      '{{documentCount}} dans {{count}} jeux de données',
    'document-group.delete.cdr-table.copy-id-button.tooltip': 'Copier l’identifiant',
    'document-group.delete.cdr-table.dataset.label': 'Jeu de données',
    'document-group.delete.cdr-table.document-id.label': 'Identifiant du document',
    'document-group.delete.cdr-table.id-copied-toast.title-failed':
      'Impossible de copier l’identifiant du document',
    'document-group.delete.cdr-table.project-id.label': 'Identifiant du projet',
    'document-group.delete.confirm-button.text_one': 'Supprimer (1)',
    'document-group.delete.confirm-button.text_other': 'Supprimer ({{count}})',
    'document-group.delete.error.message':
      'La suppression de ce document a échoué. En général, d’autres documents y font référence.',
    'document-group.delete.other-reference-count.title_one': '1 autre référence non affichée',
    'document-group.delete.other-reference-count.title_other':
      '{{count}} autres références non affichées',
    'document-group.delete.other-reference-count.tooltip':
      'Ces références viennent de jeux de données auxquels vous n’avez pas accès.',
    'document-group.delete.preview-item.preview-unavailable.subtitle':
      'Identifiant\u00a0: {{documentId}}',
    'document-group.delete.preview-item.preview-unavailable.title': 'Aperçu indisponible',
    'document-group.delete.referring-document-count.text_one':
      '1 document fait référence à «\u00a0<DocumentTitle/>\u00a0»',
    'document-group.delete.referring-document-count.text_other':
      '{{count}} documents font référence à «\u00a0<DocumentTitle/>\u00a0»',
    'document-group.delete.referring-documents-descriptor.text':
      'Vous ne pourrez peut-être pas supprimer «\u00a0<DocumentTitle/>\u00a0»\u00a0: ces documents y font référence\u00a0:',
    'document-group.delete.title_one': 'Supprimer {{count}} {{subject}}',
    'document-group.delete.title_other': 'Supprimer {{count}} {{subject}}',
    'document-group.subject.variant_one': 'variante',
    'document-group.subject.variant_other': 'variantes',
    'document-group.subject.version_one': 'version',
    'document-group.subject.version_other': 'versions',
    'document.initial-value.error.title': 'Impossible de calculer les valeurs initiales',
    'document.initial-value.error.description': 'Le document s’est ouvert vide. {{errorMessage}}',
    'inputs.portable-text.table.add-column': 'Ajouter une colonne à la fin',
    'inputs.portable-text.table.add-row': 'Ajouter une ligne à la fin',
    'inputs.portable-text.table.column-handle': 'Poignée de colonne',
    'inputs.portable-text.table.delete-column': 'Supprimer la colonne',
    'inputs.portable-text.table.delete-row': 'Supprimer la ligne',
    'inputs.portable-text.table.delete-table': 'Supprimer le tableau',
    'inputs.portable-text.table.header-row': 'Ligne d’en-tête',
    'inputs.portable-text.table.insert-here': 'Insérer ici',
    'inputs.portable-text.table.menu-aria-label': 'Options du tableau',
    'inputs.portable-text.table.row-handle': 'Poignée de ligne',
    'inputs.portable-text.table.select-table': 'Sélectionner le tableau',
    'login.logged-out.generic': 'Votre session n’est plus valable. Reconnectez-vous.',
    'login.logged-out.session-expired': 'Votre session a expiré. Reconnectez-vous.',
    'login.logged-out.title': 'Vous avez été déconnecté',
    'release.action.new-release.limit-reached':
      'Cet espace de travail est limité à {{count}} publication groupée',
    'release.chip.button.other-variants_one': '+{{count}} variante',
    'release.chip.button.other-variants_other': '+{{count}} variantes',
    'release.chip.tooltip.other-variants_one': 'Une variante',
    'release.chip.tooltip.other-variants_other': '{{count}} variantes',
  },
})

const presentation = defineLocaleResourceBundle({
  locale,
  namespace: 'presentation',
  resources: {
    'document-list-pane.document-list.title': 'Documents de cette page',
    'document-list-pane.error.text': 'Impossible d’afficher la liste des documents',
    'document-list-pane.ordering.by-appearance': 'Par ordre d’apparition',
    'document-list-pane.ordering.last-edited': 'Dernière modification',
    'channel.status_connected': 'Connecté',
    'channel.status_connecting': 'Connexion',
    'channel.status_disconnected': 'Déconnecté',
    'channel.status_reconnecting': 'Reconnexion',
    'document-pane.error.text': 'Impossible d’afficher l’éditeur du document',
    'error-card.continue-button.text': 'Continuer quand même',
    'error-card.retry-button.text': 'Réessayer',
    'error-card.title': 'Une erreur est survenue',
    'locations-banner.locations-count_one': 'Utilisé sur une page',
    'locations-banner.locations-count_other': 'Utilisé sur {{count}} pages',
    'locations-banner.locations-count_zero': 'Utilisé sur aucune page',
    'locations-banner.resolving.text': 'Recherche des pages…',
    'main-document.label': 'Document principal',
    'main-document.missing.text': 'Aucun document principal pour <Code>{{path}}</Code>',
    'narrow-tabs.content-tab.label': 'Structure',
    'narrow-tabs.navigator-tab.label': 'Navigateur',
    'narrow-tabs.preview-tab.label': 'Aperçu',
    'presentation-error.label': 'Message d’erreur',
    'preview-frame.connection.error.text': 'Impossible de se connecter à l’aperçu',
    'preview-frame.configuration.error.title': 'Origine de l’aperçu inattendue',
    'preview-frame.configuration.error.description':
      'L’aperçu doit charger <Code>{{targetOrigin}}</Code>, mais l’origine annoncée est <Code>{{reportedOrigin}}</Code>. Par sécurité, l’outil d’aperçu ne se connecte pas à une origine inconnue.',
    'preview-search-param.configuration.error.title': 'Adresse d’aperçu bloquée',
    'preview-search-param.configuration.error.description':
      'L’aperçu veut ouvrir <Code>{{previewSearchParam}}</Code>, mais l’origine <Code>{{blockedOrigin}}</Code> n’est pas autorisée (réglage <Code>presentationTool.allowOrigins</Code>).',
    'preview-frame.continue-button.text': 'Continuer quand même',
    'preview-frame.loader.connection-status.label': 'État de la connexion du chargeur',
    'preview-frame.navigator.toggle-button.aria-label': 'Afficher ou masquer le navigateur',
    'preview-frame.navigator.toggle-button.tooltip': 'Afficher ou masquer le navigateur',
    'preview-frame.overlay.connection-status.label': 'État de la connexion de l’édition au clic',
    'preview-frame.overlay.toggle-button.text': 'Modifier',
    'preview-frame.overlay.toggle-button.tooltip_disable': 'Désactiver l’édition au clic',
    'preview-frame.overlay.toggle-button.tooltip_enable': 'Activer l’édition au clic',
    'preview-frame.perspective.published.text': 'Voir cette page avec le contenu publié',
    'preview-frame.refresh-button.aria-label': 'Actualiser l’aperçu',
    'preview-frame.refresh-button.tooltip': 'Actualiser l’aperçu',
    'preview-frame.status_connecting': 'Connexion.',
    'preview-frame.status_loading': 'Chargement.',
    'preview-frame.status_refreshing': 'Actualisation.',
    'preview-frame.status_reloading': 'Actualisation.',
    'preview-frame.status_timeout':
      'Connexion impossible, voir la console du navigateur pour le détail.',
    'preview-frame.viewport-button.aria-label': 'Changer la largeur de l’aperçu',
    'preview-frame.viewport-button.tooltip_full': 'Pleine largeur',
    'preview-frame.viewport-button.tooltip_narrow': 'Largeur d’un téléphone',
    'preview-location-input.error_missing-origin': 'L’adresse doit commencer par {{origin}}',
    'preview-location-input.error_same-base-path':
      'L’adresse ne peut pas commencer par le chemin du Studio {{basePath}}',
    'share-url.clipboard.status_copying': 'Copie de l’adresse…',
    'share-url.clipboard.status_failed': 'La copie a échoué',
    'share-url.clipboard.status_success': 'Adresse copiée dans le presse-papiers',
    'share-url.clipboard.status_unsupported': 'Presse-papiers non disponible',
    'share-url.menu-item.open.text': 'Ouvrir l’aperçu',
    'preview-url-secret.missing-grants':
      'Vous n’avez pas le droit de créer les secrets d’aperçu\u00a0: l’aperçu risque de ne pas se charger.',
    'preview-frame.share-button.aria-label': 'Partager cet aperçu',
    'share-preview-menu.qr-code.title': 'Un QR code qui contient l’adresse\u00a0: {{url}}',
    'share-preview-menu.error_toggle-sharing': 'Vous n’avez pas le droit de partager cet aperçu',
    'share-preview-menu.toggle-button.tooltip_disable': 'Arrêter le partage',
    'share-preview-menu.toggle-button.tooltip_enable': 'Partager',
    'share-preview-menu.toggle-button.label_first-line': 'Partager cet aperçu',
    'share-preview-menu.toggle-button.label_second-line': 'avec toute personne ayant le lien',
    'share-preview-menu.qr-code.placeholder': 'Le QR code apparaîtra ici',
    'share-preview-menu.qr-code.instructions':
      'Scannez le QR code pour ouvrir l’aperçu sur votre téléphone.',
    'share-preview-menu.copy-url.text': 'Copier le lien de l’aperçu',
    'share-preview-menu.error_missing-grants': 'Vous n’avez pas le droit de partager les aperçus.',
  },
})

const vision = defineLocaleResourceBundle({
  locale,
  namespace: 'vision',
  resources: {
    'action.save-personal-copy': 'Enregistrer une copie personnelle',
    'action.save-personal-query': 'Enregistrer pour moi',
    'action.save-shared-query': 'Enregistrer et partager',
    'action.unshare': 'Ne plus partager',
    'label.all': 'Toutes',
    'label.shared': 'Partagées',
    'label.untitled-query': 'Sans titre',
    'save-query.personal-copy-success': 'Copie personnelle enregistrée',
    'save-query.share-warning':
      'Les requêtes partagées sont enregistrées comme documents du jeu de données.',
    'save-query.shared-success': 'Requête partagée enregistrée',
    'save-query.unshared-success': 'Requête déplacée dans vos requêtes personnelles',
  },
})

const copyPaste = defineLocaleResourceBundle({
  locale,
  namespace: 'copy-paste',
  resources: {
    'copy-paste.on-paste.validation.read-only-fields-skipped.description':
      'Champs en lecture seule ignorés\u00a0: {{fieldNames}}',
    'copy-paste.on-paste.validation.read-only-fields-skipped-truncated.description':
      'Champs en lecture seule ignorés\u00a0: {{fieldNames}} et {{count}} autres',
  },
})

/** Added after the package's bundles: for the same key, these win. */
export const frenchBundles = [structure, studio, presentation, vision, copyPaste]
