import type { common as en } from '../en/common.js';
import { plural } from '../plural.js';

export const common: typeof en = {
  errorNotConfigured: 'このページは eSIM サービスに未接続です。サイト運営者にお問い合わせください。',
  errorNetwork: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
  errorTimeout: 'サーバーの応答に時間がかかっています。もう一度お試しください。',
  errorInvalidResponse: 'サーバーの応答を読み取れませんでした。再試行し、繰り返す場合はサポートにお問い合わせください。',
  errorUnauthenticated: 'セッションが終了しました。もう一度ログインしてください。',
  errorForbidden: 'このアカウントではこの操作を行えません。サポートにお問い合わせください。',
  errorNotFound: 'この eSIM または申請が見つかりません。削除された可能性があります。',
  errorNotEligible: 'この eSIM はオンラインで解約できなくなりました。',
  errorDuplicate: 'この eSIM にはすでに処理中の解約申請があります。',
  errorAlreadyCancelled: 'この eSIM はすでに解約済みです。',
  errorValidation: '修正が必要な項目があります。強調表示された項目を確認してください。',
  errorRateLimited: (seconds?: number) =>
    seconds === undefined
      ? 'リクエストが多すぎます。少し待ってから、もう一度お試しください。'
      : plural('ja', seconds, { other: 'リクエストが多すぎます。# 秒後にもう一度お試しください。' }),
  errorUpstream: 'eSIM の提供元が応答していません。数分後にもう一度お試しください。',
  errorIdempotency: '送信中に申請内容が変わりました。確認して、もう一度送信してください。',
  errorInternal: 'こちらで問題が発生しました。もう一度お試しください。',
  retry: '再試行',
  close: '閉じる',
  loading: '読み込み中…',
  emailInvalid: 'メールアドレスを name@example.com の形式で入力してください。',
  signedOutTitle: 'ログアウトしました',
  signedOutWaiting: '続けるには、このページでログインしてください。',
};
