import type { list as en } from '../en/list.js';
import { plural } from '../plural.js';

const num = (n: number) => n.toLocaleString('ja');

export const list: typeof en = {
  listLabel: 'お使いの eSIM',
  listLoading: 'eSIM を読み込み中…',
  listEmptyTitle: 'eSIM はまだありません',
  listEmptyBody: '購入した eSIM はここに表示されます。',
  listNoMatchesTitle: '一致する eSIM はありません',
  listNoMatchesBody: '別の名前か ICCID で検索するか、すべての状態を表示してください。',
  listClearFilters: 'すべての eSIM を表示',
  listLoadErrorTitle: 'eSIM を読み込めませんでした',
  listRefreshError: '更新できなかったため、この eSIM の情報は古い可能性があります。',
  listSearchLabel: '名前または ICCID で検索',
  listFilterAll: 'すべての状態',
  listCount: (shown, loaded, more) =>
    shown !== loaded
      ? plural('ja', shown, { other: `読み込み済みの ${num(loaded)} 件中 # 件の eSIM が一致` })
      : more
        ? plural('ja', loaded, { other: '# 件の eSIM を読み込み済み（続きがあります）' })
        : plural('ja', loaded, { other: '# 件の eSIM' }),
  listSearchLoadedOnly: '読み込み済みの eSIM のみ検索しています。残りを検索するには、さらに読み込んでください。',
  listLoadMore: 'eSIM をさらに読み込む',
  listLoadMoreError: 'eSIM をさらに読み込めませんでした。',
  listAllLoaded: 'すべての eSIM を表示しています。',
  listLoaded: (n) => plural('ja', n, { other: 'eSIM を # 件追加で読み込みました' }),
  listSomeUnreadable: (n: number) =>
    plural('ja', n, {
      other: '# 件の eSIM を表示できません。サーバーから読み取れない情報が届きました。繰り返し起こる場合はサポートにお問い合わせください。',
    }),
  listCopy: 'コピー',
  listCopied: 'コピー済み',
  listCopyLabel: (esim) => `コピー：${esim} の ICCID（全桁）`,
  listCopiedAnnounce: (esim) => `${esim} の ICCID（全桁）をコピーしました。`,
  listCopyFallback: 'ここではコピーできません。番号を選択してコピーしてください。',
  listDevice: '端末',
  listCancel: '解約',
  listCancelLabel: (esim) => `解約：${esim}`,
  flowLabel: 'eSIM の解約',
  // Shown by the flow too (its review and tracking steps), and by the list's rows and toolbar.
  labelIccid: 'ICCID',
  labelStatus: '状態',
  labelData: 'データ',
  listWithdrawUntil: (date: string) => `${date} まで撤回できます`,
};
