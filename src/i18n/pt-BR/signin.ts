import type { signin as en } from '../en/signin.js';

export const signin: typeof en = {
  signInTitle: 'Entre na sua conta',
  signInIntro: 'Entre com o e-mail e a senha que você usou para comprar seu eSIM.',
  emailLabel: 'E-mail',
  passwordLabel: 'Senha',
  signInButton: 'Entrar',
  signingIn: 'Entrando…',
  signInWrong: 'O e-mail ou a senha estão incorretos. Confira e tente novamente.',
  passwordRequired: 'Digite sua senha.',
  forgotPassword: 'Esqueceu a senha?',
  resetTitle: 'Redefinir a senha',
  resetIntro: 'Digite seu e-mail e enviaremos um link para redefinir sua senha.',
  resetSend: 'Enviar link',
  resetSending: 'Enviando…',
  resetSent: (email: string) =>
    `Se existir uma conta com ${email}, enviamos para ela um link para redefinir a senha. Confira sua caixa de entrada e depois entre aqui.`,
  backToSignIn: 'Voltar para o login',
};
