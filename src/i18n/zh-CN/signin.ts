import type { signin as en } from '../en/signin.js';

export const signin: typeof en = {
  signInTitle: '登录您的账户',
  signInIntro: '请使用购买 eSIM 时的邮箱和密码登录。',
  emailLabel: '邮箱',
  passwordLabel: '密码',
  signInButton: '登录',
  signingIn: '正在登录…',
  signInWrong: '邮箱或密码不正确。请检查后重试。',
  passwordRequired: '请输入密码。',
  forgotPassword: '忘记密码？',
  resetTitle: '重置密码',
  resetIntro: '请输入您的邮箱，我们会发送重置密码的链接。',
  resetSend: '发送重置链接',
  resetSending: '正在发送…',
  resetSent: (email: string) => `如果 ${email} 对应的账户存在，我们已向其发送重置密码的链接。请查收邮件，然后在此登录。`,
  backToSignIn: '返回登录',
};
