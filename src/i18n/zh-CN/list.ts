import type { list as en } from '../en/list.js';
import { plural } from '../plural.js';

const count = (n: number) => n.toLocaleString('zh-CN');

export const list: typeof en = {
  listLabel: '您的 eSIM',
  listLoading: '正在加载您的 eSIM…',
  listEmptyTitle: '暂无 eSIM',
  listEmptyBody: '您购买的 eSIM 会显示在这里。',
  listNoMatchesTitle: '没有符合条件的 eSIM',
  listNoMatchesBody: '请换一个名称或 ICCID，或显示所有状态。',
  listClearFilters: '显示全部 eSIM',
  listLoadErrorTitle: '无法加载您的 eSIM',
  listRefreshError: '以下 eSIM 信息可能已过时：刷新失败。',
  listSearchLabel: '按名称或 ICCID 搜索',
  listFilterAll: '全部状态',
  listCount: (shown: number, loaded: number, more: boolean) =>
    shown !== loaded
      ? plural('zh-CN', loaded, { other: `已加载的 # 个 eSIM 中有 ${count(shown)} 个符合` })
      : more
        ? plural('zh-CN', loaded, { other: '已加载 # 个 eSIM，还有更多' })
        : plural('zh-CN', loaded, { other: '共 # 个 eSIM' }),
  listSearchLoadedOnly: '只搜索已加载的 eSIM。加载更多即可搜索其余的。',
  listLoadMore: '加载更多 eSIM',
  listLoadMoreError: '无法加载更多 eSIM。',
  listAllLoaded: '已显示您的全部 eSIM。',
  listLoaded: (n: number) => plural('zh-CN', n, { other: '又加载了 # 个 eSIM' }),
  listSomeUnreadable: (n: number) =>
    plural('zh-CN', n, { other: '有 # 个 eSIM 无法显示：服务器发送的信息无法读取。如果问题持续，请联系客服。' }),
  listCopy: '复制',
  listCopied: '已复制',
  listCopyLabel: (esim: string) => `复制 ${esim} 的完整 ICCID`,
  listCopiedAnnounce: (esim: string) => `已复制 ${esim} 的完整 ICCID。`,
  listCopyFallback: '此处无法自动复制：请选中号码后复制。',
  listDevice: '设备',
  listCancel: '取消',
  listCancelLabel: (esim: string) => `取消 ${esim}`,
  flowLabel: '取消 eSIM',
  // Shown by the flow too (its review and tracking steps), and by the list's rows and toolbar.
  labelIccid: 'ICCID',
  labelStatus: '状态',
  labelData: '流量',
  listWithdrawUntil: (date: string) => `可撤回至 ${date}`,
};
