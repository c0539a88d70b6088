import type { signin as en } from '../en/signin.js';

export const signin: typeof en = {
  signInTitle: 'Inicia sesión en tu cuenta',
  signInIntro: 'Inicia sesión con el correo y la contraseña que usaste al comprar tu eSIM.',
  emailLabel: 'Correo electrónico',
  passwordLabel: 'Contraseña',
  signInButton: 'Iniciar sesión',
  signingIn: 'Iniciando sesión…',
  signInWrong: 'El correo o la contraseña no son correctos. Revísalos e inténtalo de nuevo.',
  passwordRequired: 'Escribe tu contraseña.',
  forgotPassword: '¿Olvidaste tu contraseña?',
  resetTitle: 'Restablece tu contraseña',
  resetIntro: 'Escribe tu correo y te enviaremos un enlace para restablecer la contraseña.',
  resetSend: 'Enviar enlace',
  resetSending: 'Enviando…',
  resetSent: (email: string) =>
    `Si existe una cuenta con ${email}, le enviamos un enlace para restablecer la contraseña. Revisa tu bandeja de entrada y luego inicia sesión aquí.`,
  backToSignIn: 'Volver a iniciar sesión',
};
