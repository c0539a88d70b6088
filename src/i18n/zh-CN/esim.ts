import type { esim as en } from '../en/esim.js';

export const esim: typeof en = {
  statusReady: '待安装',
  statusActive: '使用中',
  statusDepleted: '流量已用完',
  statusExpired: '已过期',
  statusSuspended: '已暂停',
  statusCancelPending: '取消处理中',
  statusCancelled: '已取消',
  statusRevoked: '已撤销',
  statusUnknown: '状态未知',

  installNotInstalled: '未安装',
  installDownloaded: '已下载，未安装',
  installInstalled: '已安装',
  installEnabled: '已安装并启用',
  installDisabled: '已安装，未启用',
  installDeleted: '已从设备中删除',
  installUnknown: '安装状态未知',

  ineligibleInstalled: '已安装到设备上：如需取消，请联系客服',
  ineligibleRequestOpen: '已有一个正在处理的取消申请',
  ineligibleExpired: '已过期',
  ineligibleWindowElapsed: '已超过可取消期限',
  ineligibleDataUsed: '已使用流量',
  ineligibleAlreadyCancelled: '已取消',
  ineligibleNotSupported: '此套餐不支持在线取消',

  dataUsedOf: (used: string, total: string) => `已用 ${used}，共 ${total}`,
  dataUnlimited: '不限流量',
  dataUsedUnlimited: (used: string) => `已用 ${used}`,
  dataUpdated: (ago: string) => `更新于${ago}`,
  dataNone: '暂无用量数据',

  expiresIn: (when: string) => `${when}到期`,
  validUntil: (date: string) => `有效期至 ${date}`,
  expiredOn: (date: string) => `已于 ${date} 到期`,
  validityOnFirstUse: '首次使用时开始计算有效期',

  iccidEnding: (last4: string) => `尾号 ${last4}`,
  esimLabel: (name: string, last4: string) => `${name}（尾号 ${last4}）`,

  cancellationPending: '已提交',
  cancellationProcessing: '审核中',
  cancellationCompleted: '已取消',
  cancellationRejected: '已拒绝',
  cancellationWithdrawn: '已撤回',
  cancellationLine: (reference: string, status: string) => `取消申请 ${reference}：${status}`,
  cancellationOpen: '已申请取消',
  decisionBy: (date: string) => `预计 ${date} 前给出结果`,
};
