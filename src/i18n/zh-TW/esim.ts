import type { esim as en } from '../en/esim.js';

export const esim: typeof en = {
  statusReady: '待安裝',
  statusActive: '使用中',
  statusDepleted: '數據已用完',
  statusExpired: '已到期',
  statusSuspended: '已暫停',
  statusCancelPending: '取消處理中',
  statusCancelled: '已取消',
  statusRevoked: '已撤銷',
  statusUnknown: '狀態不明',

  installNotInstalled: '未安裝',
  installDownloaded: '已下載，未安裝',
  installInstalled: '已安裝',
  installEnabled: '已安裝並開啟',
  installDisabled: '已安裝，已關閉',
  installDeleted: '已從裝置移除',
  installUnknown: '安裝狀態不明',

  ineligibleInstalled: '已安裝在裝置上：如要取消，請聯絡客服',
  ineligibleRequestOpen: '已有一筆處理中的取消申請',
  ineligibleExpired: '已到期',
  ineligibleWindowElapsed: '已超過可取消的期限',
  ineligibleDataUsed: '已使用過數據',
  ineligibleAlreadyCancelled: '已取消',
  ineligibleNotSupported: '此方案無法線上取消',

  dataUsedOf: (used: string, total: string) => `已使用 ${used}，共 ${total}`,
  dataUnlimited: '無限量',
  dataUsedUnlimited: (used: string) => `已使用 ${used}`,
  dataUpdated: (ago: string) => `${ago}更新`,
  dataNone: '尚無用量資料',

  expiresIn: (when: string) => `${when}到期`,
  validUntil: (date: string) => `有效期限至 ${date}`,
  expiredOn: (date: string) => `已於 ${date} 到期`,
  validityOnFirstUse: '首次使用時開始計算效期',

  iccidEnding: (last4: string) => `末四碼 ${last4}`,
  esimLabel: (name: string, last4: string) => `${name}（末四碼 ${last4}）`,

  cancellationPending: '已送出',
  cancellationProcessing: '審核中',
  cancellationCompleted: '已取消',
  cancellationRejected: '未核准',
  cancellationWithdrawn: '已撤回',
  cancellationLine: (reference: string, status: string) => `取消申請 ${reference}：${status}`,
  cancellationOpen: '已申請取消',
  decisionBy: (date: string) => `預計 ${date} 前通知結果`,
};
