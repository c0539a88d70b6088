import type { signin as en } from '../en/signin.js';

export const signin: typeof en = {
  signInTitle: 'Masuk ke akun Anda',
  signInIntro: 'Masuk dengan email dan kata sandi yang Anda gunakan saat membeli eSIM.',
  emailLabel: 'Alamat email',
  passwordLabel: 'Kata sandi',
  signInButton: 'Masuk',
  signingIn: 'Sedang masuk…',
  signInWrong: 'Email atau kata sandi salah. Periksa kembali, lalu coba lagi.',
  passwordRequired: 'Masukkan kata sandi Anda.',
  forgotPassword: 'Lupa kata sandi?',
  resetTitle: 'Atur ulang kata sandi',
  resetIntro: 'Masukkan email Anda dan kami akan mengirim tautan untuk mengatur ulang kata sandi.',
  resetSend: 'Kirim tautan',
  resetSending: 'Mengirim…',
  resetSent: (email: string) =>
    `Jika ada akun dengan ${email}, kami telah mengirim tautan untuk mengatur ulang kata sandinya. Periksa kotak masuk Anda, lalu masuk di sini.`,
  backToSignIn: 'Kembali ke halaman masuk',
};
