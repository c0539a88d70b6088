import type { signin as en } from '../en/signin.js';

export const signin: typeof en = {
  signInTitle: '登入您的帳號',
  signInIntro: '請使用購買 eSIM 時的電子郵件地址和密碼登入。',
  emailLabel: '電子郵件',
  passwordLabel: '密碼',
  signInButton: '登入',
  signingIn: '登入中…',
  signInWrong: '電子郵件或密碼不正確。請檢查後再試一次。',
  passwordRequired: '請輸入密碼。',
  forgotPassword: '忘記密碼？',
  resetTitle: '重設密碼',
  resetIntro: '請輸入您的電子郵件，我們會寄送重設密碼的連結給您。',
  resetSend: '寄送重設連結',
  resetSending: '傳送中…',
  resetSent: (email: string) => `如果 ${email} 有對應的帳號，我們已寄出重設密碼的連結。請查看收件匣，然後在這裡登入。`,
  backToSignIn: '返回登入',
};
