import type { esim as en } from '../en/esim.js';

export const esim: typeof en = {
  statusReady: 'インストール待ち',
  statusActive: '利用中',
  statusDepleted: 'データ残量なし',
  statusExpired: '期限切れ',
  statusSuspended: '一時停止中',
  statusCancelPending: '解約手続き中',
  statusCancelled: '解約済み',
  statusRevoked: '無効化済み',
  statusUnknown: '状態不明',

  installNotInstalled: '未インストール',
  installDownloaded: 'ダウンロード済み、未インストール',
  installInstalled: 'インストール済み',
  installEnabled: 'インストール済み、オン',
  installDisabled: 'インストール済み、オフ',
  installDeleted: '端末から削除済み',
  installUnknown: 'インストール状態不明',

  ineligibleInstalled: '端末にインストール済み：解約はサポートにお問い合わせください',
  ineligibleRequestOpen: 'すでに処理中の解約申請があります',
  ineligibleExpired: '期限切れ',
  ineligibleWindowElapsed: '解約できる期間が終了しました',
  ineligibleDataUsed: 'データを使用済み',
  ineligibleAlreadyCancelled: '解約済み',
  ineligibleNotSupported: 'このプランはオンラインで解約できません',

  dataUsedOf: (used: string, total: string) => `${total} 中 ${used} 使用`,
  dataUnlimited: '無制限',
  dataUsedUnlimited: (used: string) => `${used} 使用`,
  dataUpdated: (ago: string) => `更新：${ago}`,
  dataNone: '利用状況はまだありません',

  expiresIn: (when: string) => `有効期限：${when}`,
  validUntil: (date: string) => `${date} まで有効`,
  expiredOn: (date: string) => `${date} に期限切れ`,
  validityOnFirstUse: '初回利用時に有効期間が始まります',

  iccidEnding: (last4: string) => `末尾 ${last4}`,
  esimLabel: (name: string, last4: string) => `${name}（末尾 ${last4}）`,

  cancellationPending: '受付済み',
  cancellationProcessing: '審査中',
  cancellationCompleted: '解約済み',
  cancellationRejected: '却下',
  cancellationWithdrawn: '取り下げ済み',
  cancellationLine: (reference: string, status: string) => `解約申請 ${reference}：${status}`,
  cancellationOpen: '解約申請済み',
  decisionBy: (date: string) => `${date} までに結果をお知らせします`,
};
