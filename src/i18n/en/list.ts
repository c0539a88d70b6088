/** "1 eSIM", "10,000 eSIMs". */
const esims = (n: number) => `${n.toLocaleString('en')} eSIM${n === 1 ? '' : 's'}`;

/** Strings of `<esim-list>` (it also uses common ones: `loading`, `retry`, `labelIccid`, `labelData`, `labelStatus`, `flowLabel`). */
export const list = {
  listLabel: 'Your eSIMs',
  listLoading: 'Loading your eSIMs…',
  listEmptyTitle: 'No eSIMs yet',
  listEmptyBody: 'eSIMs you buy will show up here.',
  listNoMatchesTitle: 'No eSIMs match',
  listNoMatchesBody: 'Try another search or status.',
  listClearFilters: 'Show all eSIMs',
  listLoadErrorTitle: 'Could not load your eSIMs',
  listRefreshError: 'These eSIMs may be out of date.',
  listSearchLabel: 'Search by name or ICCID',
  listFilterAll: 'All statuses',
  /** Shown above the rows: how many there are, and whether more can be loaded. */
  listCount: (shown: number, loaded: number, more: boolean) =>
    shown !== loaded
      ? `${shown.toLocaleString('en')} of ${esims(loaded).replace('eSIM', 'loaded eSIM')} match${loaded === 1 ? 'es' : ''}`
      : `${esims(loaded)}${more ? ' loaded, more available' : ''}`,
  listSearchLoadedOnly: 'Only loaded eSIMs are searched.',
  listLoadMore: 'Load more eSIMs',
  listLoadMoreError: 'Could not load more eSIMs.',
  listAllLoaded: 'All your eSIMs are shown.',
  listLoaded: (n: number) => `${esims(n).replace(' ', ' more ')} loaded`,
  listCopy: 'Copy',
  listCopied: 'Copied',
  /** Accessible name of the copy button; it must start with the visible text ("Copy"). */
  listCopyLabel: (esim: string) => `Copy the full ICCID of ${esim}`,
  listCopiedAnnounce: (esim: string) => `The full ICCID of ${esim} is copied.`,
  listCopyFallback: 'Cannot copy here: select the number to copy it.',
  listDevice: 'Device',
  listCancel: 'Cancel',
  /** Accessible name of the cancel button; it must start with the visible text ("Cancel"). */
  listCancelLabel: (esim: string) => `Cancel ${esim}`,
  listDiscardTitle: 'Discard your answers?',
  listDiscardBody: 'Nothing is cancelled if you close now.',
  listKeepEditing: 'Keep editing',
  listDiscard: 'Discard',
};
