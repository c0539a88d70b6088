import type { signin as en } from '../en/signin.js';

export const signin: typeof en = {
  signInTitle: 'ลงชื่อเข้าใช้บัญชีของคุณ',
  signInIntro: 'ลงชื่อเข้าใช้ด้วยอีเมลและรหัสผ่านที่ใช้ซื้อ eSIM',
  emailLabel: 'อีเมล',
  passwordLabel: 'รหัสผ่าน',
  signInButton: 'ลงชื่อเข้าใช้',
  signingIn: 'กำลังลงชื่อเข้าใช้…',
  signInWrong: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง ตรวจสอบแล้วลองอีกครั้ง',
  passwordRequired: 'ป้อนรหัสผ่าน',
  forgotPassword: 'ลืมรหัสผ่าน',
  resetTitle: 'ตั้งรหัสผ่านใหม่',
  resetIntro: 'ป้อนอีเมล แล้วเราจะส่งลิงก์ตั้งรหัสผ่านใหม่ให้',
  resetSend: 'ส่งลิงก์ตั้งรหัสผ่านใหม่',
  resetSending: 'กำลังส่ง…',
  resetSent: (email: string) => `หากมีบัญชีของ ${email} เราได้ส่งลิงก์ตั้งรหัสผ่านใหม่ไปแล้ว ตรวจสอบกล่องจดหมาย แล้วลงชื่อเข้าใช้ที่นี่`,
  backToSignIn: 'กลับไปลงชื่อเข้าใช้',
};
