import type { alternatives as en } from '../en/alternatives.js';

export const alternatives: typeof en = {
  alternativesTitle: 'こちらで解決できるかもしれません',
  alternativesIntro: 'どれも当てはまらなければ、このまま解約に進んでください。ここでは eSIM に何の変更もありません。',
  continueCancelling: '解約を続ける',
  altTransferTitle: '新しいスマートフォンに eSIM を移す',
  altTransferText:
    '多くの eSIM は解約せずに新しい端末へ移せます。ただし旅行用 eSIM の多くは移せないため、その場合はサポートが新しいプロファイルを発行します。',
  altTransferIphone:
    'iPhone：新しい iPhone の設定中に、または後から「設定」→「モバイル通信」→「eSIM を追加」→「近くの iPhone から転送」で。',
  altTransferAndroid: 'Android：「設定」で SIM を開き「SIM を転送」を選びます（最近の Pixel や Galaxy など、対応機種のみ）。',
  altTransferAction: '解約せずに移す',
  altSupportTitle: 'サポートに問題を確認してもらう',
  altSupportText:
    'インストールや接続の問題のほとんどは解決できます。この eSIM の情報がメッセージと一緒にサポートへ届くので、説明の手間はありません。',
  altSupportAction: 'サポートに連絡',
  altSupportSubject: (esim: string) => `eSIM の不具合：${esim}`,
  altSupportBody: (esim: string, iccid: string, problem: string) => `eSIM：${esim}\nICCID：${iccid}\n問題：${problem}\n\n状況：\n`,
  altKeepTitle: '次の旅行まで取っておく',
  altKeepText: (date: string) => `この eSIM は ${date} まで有効です。次の旅行で使えます。`,
  altKeepAction: '次の旅行のために残す',
  reasonOptional: '任意です。サービス改善に役立てます。',
  reasonNotGiven: '未回答',
};
