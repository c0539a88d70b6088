import type { signin as en } from '../en/signin.js';

export const signin: typeof en = {
  signInTitle: 'سجل الدخول إلى حسابك',
  signInIntro: 'سجل الدخول بالبريد الإلكتروني وكلمة المرور اللذين اشتريت بهما شريحة eSIM.',
  emailLabel: 'البريد الإلكتروني',
  passwordLabel: 'كلمة المرور',
  signInButton: 'تسجيل الدخول',
  signingIn: 'جارٍ تسجيل الدخول…',
  signInWrong: 'البريد الإلكتروني أو كلمة المرور غير صحيحة. تحقق منهما وأعد المحاولة.',
  passwordRequired: 'أدخل كلمة المرور.',
  forgotPassword: 'نسيت كلمة المرور؟',
  resetTitle: 'إعادة تعيين كلمة المرور',
  resetIntro: 'أدخل بريدك الإلكتروني وسنرسل إليك رابط إعادة التعيين.',
  resetSend: 'إرسال رابط إعادة التعيين',
  resetSending: 'جارٍ الإرسال…',
  resetSent: (email: string) =>
    `إن وُجد حساب لـ ${email}، فقد أرسلنا إليه رابطًا لإعادة تعيين كلمة المرور. تحقق من بريدك، ثم سجل الدخول هنا.`,
  backToSignIn: 'العودة إلى تسجيل الدخول',
};
