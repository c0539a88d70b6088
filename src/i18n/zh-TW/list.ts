import type { list as en } from '../en/list.js';
import { plural } from '../plural.js';

const num = (n: number) => n.toLocaleString('zh-TW');

export const list: typeof en = {
  listLabel: '您的 eSIM',
  listLoading: '正在載入您的 eSIM…',
  listEmptyTitle: '還沒有 eSIM',
  listEmptyBody: '您購買的 eSIM 會顯示在這裡。',
  listNoMatchesTitle: '沒有符合的 eSIM',
  listNoMatchesBody: '請改用其他名稱或 ICCID，或顯示所有狀態。',
  listClearFilters: '顯示所有 eSIM',
  listLoadErrorTitle: '無法載入您的 eSIM',
  listRefreshError: '無法重新整理，這些 eSIM 的資料可能不是最新的。',
  listSearchLabel: '依名稱或 ICCID 搜尋',
  listFilterAll: '所有狀態',
  listCount: (shown, loaded, more) =>
    shown !== loaded
      ? plural('zh-TW', shown, { other: `已載入的 ${num(loaded)} 張 eSIM 中有 # 張符合` })
      : more
        ? plural('zh-TW', loaded, { other: '已載入 # 張 eSIM，還有更多' })
        : plural('zh-TW', loaded, { other: '共 # 張 eSIM' }),
  listSearchLoadedOnly: '只會搜尋已載入的 eSIM。載入更多即可搜尋其餘的 eSIM。',
  listLoadMore: '載入更多 eSIM',
  listLoadMoreError: '無法載入更多 eSIM。',
  listAllLoaded: '已顯示您所有的 eSIM。',
  listLoaded: (n) => plural('zh-TW', n, { other: '又載入了 # 張 eSIM' }),
  listSomeUnreadable: (n: number) =>
    plural('zh-TW', n, { other: '有 # 個 eSIM 無法顯示：伺服器傳送的資料無法讀取。如果問題持續發生，請聯絡客服。' }),
  listCopy: '複製',
  listCopied: '已複製',
  listCopyLabel: (esim) => `複製 ${esim} 的完整 ICCID`,
  listCopiedAnnounce: (esim) => `已複製 ${esim} 的完整 ICCID。`,
  listCopyFallback: '這裡無法自動複製：請選取號碼後複製。',
  listDevice: '裝置',
  listCancel: '取消',
  listCancelLabel: (esim) => `取消 ${esim}`,
  flowLabel: '取消 eSIM',
  // Shown by the flow too (its review and tracking steps), and by the list's rows and toolbar.
  labelIccid: 'ICCID',
  labelStatus: '狀態',
  labelData: '數據',
  listWithdrawUntil: (date: string) => `可撤回至 ${date}`,
};
