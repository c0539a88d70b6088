import type { list as en } from '../en/list.js';
import { plural } from '../plural.js';

const count = (n: number) => n.toLocaleString('de');

export const list: typeof en = {
  listLabel: 'Ihre eSIMs',
  listLoading: 'Ihre eSIMs werden geladen …',
  listEmptyTitle: 'Noch keine eSIMs',
  listEmptyBody: 'eSIMs, die Sie kaufen, erscheinen hier.',
  listNoMatchesTitle: 'Keine passenden eSIMs',
  listNoMatchesBody: 'Versuchen Sie einen anderen Namen oder eine andere ICCID, oder zeigen Sie alle Status an.',
  listClearFilters: 'Alle eSIMs anzeigen',
  listLoadErrorTitle: 'Ihre eSIMs konnten nicht geladen werden',
  listRefreshError: 'Diese eSIMs sind möglicherweise nicht aktuell: Sie konnten nicht aktualisiert werden.',
  listSearchLabel: 'Nach Name oder ICCID suchen',
  listFilterAll: 'Alle Status',
  listCount: (shown: number, loaded: number, more: boolean) =>
    shown !== loaded
      ? plural('de', loaded, {
          one: `${count(shown)} von # geladenen eSIM passt`,
          other: `${count(shown)} von # geladenen eSIMs passen`,
        })
      : more
        ? plural('de', loaded, { one: '# eSIM geladen, weitere verfügbar', other: '# eSIMs geladen, weitere verfügbar' })
        : plural('de', loaded, { one: '# eSIM', other: '# eSIMs' }),
  listSearchLoadedOnly: 'Es werden nur die bisher geladenen eSIMs durchsucht. Laden Sie weitere, um auch diese zu durchsuchen.',
  listLoadMore: 'Weitere eSIMs laden',
  listLoadMoreError: 'Weitere eSIMs konnten nicht geladen werden.',
  listAllLoaded: 'Alle Ihre eSIMs werden angezeigt.',
  listLoaded: (n: number) => plural('de', n, { one: '# weitere eSIM geladen', other: '# weitere eSIMs geladen' }),
  listSomeUnreadable: (n: number) =>
    plural('de', n, {
      one: '# eSIM kann nicht angezeigt werden: Der Server hat Angaben gesendet, die wir nicht lesen können. Kontaktieren Sie den Support, wenn das wieder vorkommt.',
      other:
        '# eSIMs können nicht angezeigt werden: Der Server hat Angaben gesendet, die wir nicht lesen können. Kontaktieren Sie den Support, wenn das wieder vorkommt.',
    }),
  listCopy: 'Kopieren',
  listCopied: 'Kopiert',
  listCopyLabel: (esim: string) => `Kopieren: vollständige ICCID von ${esim}`,
  listCopiedAnnounce: (esim: string) => `Die vollständige ICCID von ${esim} ist kopiert.`,
  listCopyFallback: 'Kopieren ist hier nicht möglich: Markieren Sie die Nummer, um sie zu kopieren.',
  listDevice: 'Gerät',
  listCancel: 'Kündigen',
  listCancelLabel: (esim: string) => `Kündigen: ${esim}`,
  flowLabel: 'eSIM kündigen',
  // Shown by the flow too (its review and tracking steps), and by the list's rows and toolbar.
  labelIccid: 'ICCID',
  labelStatus: 'Status',
  labelData: 'Daten',
  listWithdrawUntil: (date: string) => `Widerruf möglich bis ${date}`,
};
