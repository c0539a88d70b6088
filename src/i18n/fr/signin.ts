import type { signin as en } from '../en/signin.js';

export const signin: typeof en = {
  signInTitle: 'Connectez-vous à votre compte',
  signInIntro: 'Connectez-vous avec l’adresse e-mail et le mot de passe utilisés lors de l’achat de votre eSIM.',
  emailLabel: 'Adresse e-mail',
  passwordLabel: 'Mot de passe',
  signInButton: 'Se connecter',
  signingIn: 'Connexion…',
  signInWrong: 'L’adresse e-mail ou le mot de passe est incorrect. Vérifiez-les et réessayez.',
  passwordRequired: 'Saisissez votre mot de passe.',
  forgotPassword: 'Mot de passe oublié ?',
  resetTitle: 'Réinitialiser votre mot de passe',
  resetIntro: 'Saisissez votre adresse e-mail : nous vous enverrons un lien pour réinitialiser votre mot de passe.',
  resetSend: 'Envoyer le lien',
  resetSending: 'Envoi…',
  resetSent: (email: string) =>
    `Si un compte existe pour ${email}, nous lui avons envoyé un lien de réinitialisation du mot de passe. Consultez votre boîte de réception, puis connectez-vous ici.`,
  backToSignIn: 'Retour à la connexion',
};
