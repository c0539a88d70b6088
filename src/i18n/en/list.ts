import { plural } from '../plural.js';

const count = (n: number) => n.toLocaleString('en');

/** Strings of `<esim-list>`. */
export const list = {
  listLabel: 'Your eSIMs',
  listLoading: 'Loading your eSIMs…',
  listEmptyTitle: 'No eSIMs yet',
  listEmptyBody: 'eSIMs you buy will show up here.',
  listNoMatchesTitle: 'No eSIMs match',
  listNoMatchesBody: 'Try another name or ICCID, or show every status.',
  listClearFilters: 'Show all eSIMs',
  listLoadErrorTitle: 'Your eSIMs could not be loaded',
  listRefreshError: 'These eSIMs may be out of date: they could not be refreshed.',
  listSearchLabel: 'Search by name or ICCID',
  listFilterAll: 'All statuses',
  /** Shown above the rows: how many there are, and whether more can be loaded. */
  listCount: (shown: number, loaded: number, more: boolean) =>
    shown !== loaded
      ? plural('en', loaded, {
          one: `${count(shown)} of # loaded eSIM matches`,
          other: `${count(shown)} of # loaded eSIMs match`,
        })
      : more
        ? plural('en', loaded, { one: '# eSIM loaded, more available', other: '# eSIMs loaded, more available' })
        : plural('en', loaded, { one: '# eSIM', other: '# eSIMs' }),
  listSearchLoadedOnly: 'Only the eSIMs loaded so far are searched. Load more to search the rest.',
  listLoadMore: 'Load more eSIMs',
  listLoadMoreError: 'More eSIMs could not be loaded.',
  listAllLoaded: 'All your eSIMs are shown.',
  listLoaded: (n: number) => plural('en', n, { one: '# more eSIM loaded', other: '# more eSIMs loaded' }),
  /** Some records of a page failed validation: the others are shown, these are not. */
  listSomeUnreadable: (n: number) =>
    plural('en', n, {
      one: '# eSIM could not be shown: the server sent details we could not read. Contact support if it keeps happening.',
      other: '# eSIMs could not be shown: the server sent details we could not read. Contact support if it keeps happening.',
    }),
  listCopy: 'Copy',
  listCopied: 'Copied',
  /** Accessible name of the copy button; it must start with the visible text ("Copy"). */
  listCopyLabel: (esim: string) => `Copy the full ICCID of ${esim}`,
  listCopiedAnnounce: (esim: string) => `The full ICCID of ${esim} is copied.`,
  listCopyFallback: 'Copying is not available here: select the number to copy it.',
  listDevice: 'Device',
  listCancel: 'Cancel',
  /** Accessible name of the cancel button; it must start with the visible text ("Cancel"). */
  listCancelLabel: (esim: string) => `Cancel ${esim}`,
  /** The list's dialog's accessible name (in the first strings: the dialog may open before the flow's), and the flow's. */
  flowLabel: 'Cancel an eSIM',
  // Shown by the flow too (its review and tracking steps), and by the list's rows and toolbar.
  labelIccid: 'ICCID',
  labelStatus: 'Status',
  labelData: 'Data',
  /** An eSIM in its statutory withdrawal period (`withdrawal.until`); `date` is formatted for the locale. */
  listWithdrawUntil: (date: string) => `You can withdraw until ${date}`,
};
