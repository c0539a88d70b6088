import type { list as en } from '../en/list.js';
import { plural } from '../plural.js';

const num = (n: number) => n.toLocaleString('fr');

export const list: typeof en = {
  listLabel: 'Vos eSIM',
  listLoading: 'Chargement de vos eSIM…',
  listEmptyTitle: 'Aucune eSIM pour l’instant',
  listEmptyBody: 'Les eSIM que vous achetez apparaîtront ici.',
  listNoMatchesTitle: 'Aucune eSIM ne correspond',
  listNoMatchesBody: 'Essayez un autre nom ou ICCID, ou affichez tous les statuts.',
  listClearFilters: 'Afficher toutes les eSIM',
  listLoadErrorTitle: 'Impossible de charger vos eSIM',
  listRefreshError: 'Ces eSIM ne sont peut-être pas à jour : l’actualisation a échoué.',
  listSearchLabel: 'Rechercher par nom ou ICCID',
  listFilterAll: 'Tous les statuts',
  listCount: (shown, loaded, more) =>
    shown !== loaded
      ? plural('fr', shown, {
          one: `# eSIM chargée sur ${num(loaded)} correspond`,
          other: `# eSIM chargées sur ${num(loaded)} correspondent`,
        })
      : more
        ? plural('fr', loaded, { one: '# eSIM chargée, d’autres disponibles', other: '# eSIM chargées, d’autres disponibles' })
        : plural('fr', loaded, { other: '# eSIM au total' }),
  listSearchLoadedOnly: 'Seules les eSIM déjà chargées sont recherchées. Chargez-en plus pour chercher dans les autres.',
  listLoadMore: 'Charger plus d’eSIM',
  listLoadMoreError: 'Impossible de charger plus d’eSIM.',
  listAllLoaded: 'Toutes vos eSIM sont affichées.',
  listLoaded: (n) => plural('fr', n, { one: '# eSIM supplémentaire chargée', other: '# eSIM supplémentaires chargées' }),
  listSomeUnreadable: (n: number) =>
    plural('fr', n, {
      one: '# eSIM n’a pas pu être affichée\u00a0: le serveur a envoyé des informations illisibles. Contactez l’assistance si cela se reproduit.',
      other:
        '# eSIM n’ont pas pu être affichées\u00a0: le serveur a envoyé des informations illisibles. Contactez l’assistance si cela se reproduit.',
    }),
  listCopy: 'Copier',
  listCopied: 'Copié',
  listCopyLabel: (esim) => `Copier l’ICCID complet de ${esim}`,
  listCopiedAnnounce: (esim) => `L’ICCID complet de ${esim} est copié.`,
  listCopyFallback: 'La copie n’est pas disponible ici : sélectionnez le numéro pour le copier.',
  listDevice: 'Appareil',
  listCancel: 'Annuler',
  listCancelLabel: (esim) => `Annuler ${esim}`,
  flowLabel: 'Annuler une eSIM',
  // Shown by the flow too (its review and tracking steps), and by the list's rows and toolbar.
  labelIccid: 'ICCID',
  labelStatus: 'Statut',
  labelData: 'Données',
  listWithdrawUntil: (date: string) => `Rétractation possible jusqu’au ${date}`,
};
