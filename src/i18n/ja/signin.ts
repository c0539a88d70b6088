import type { signin as en } from '../en/signin.js';

export const signin: typeof en = {
  signInTitle: 'アカウントにログイン',
  signInIntro: 'eSIM の購入時のメールアドレスとパスワードでログインしてください。',
  emailLabel: 'メールアドレス',
  passwordLabel: 'パスワード',
  signInButton: 'ログイン',
  signingIn: 'ログイン中…',
  signInWrong: 'メールアドレスまたはパスワードが違います。確認して、もう一度お試しください。',
  passwordRequired: 'パスワードを入力してください。',
  forgotPassword: 'パスワードをお忘れですか？',
  resetTitle: 'パスワードの再設定',
  resetIntro: 'メールアドレスを入力すると、パスワード再設定用のリンクをお送りします。',
  resetSend: '再設定リンクを送信',
  resetSending: '送信中…',
  resetSent: (email: string) =>
    `${email} のアカウントがあれば、再設定用のリンクを送信しました。メールを確認してから、ここでログインしてください。`,
  backToSignIn: 'ログインに戻る',
};
