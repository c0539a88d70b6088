import type { signin as en } from '../en/signin.js';

export const signin: typeof en = {
  signInTitle: 'In Ihrem Konto anmelden',
  signInIntro: 'Melden Sie sich mit der E-Mail-Adresse und dem Passwort an, mit denen Sie Ihre eSIM gekauft haben.',
  emailLabel: 'E-Mail-Adresse',
  passwordLabel: 'Passwort',
  signInButton: 'Anmelden',
  signingIn: 'Anmeldung läuft …',
  signInWrong: 'E-Mail-Adresse oder Passwort ist nicht korrekt. Prüfen Sie beides und versuchen Sie es erneut.',
  passwordRequired: 'Geben Sie Ihr Passwort ein.',
  forgotPassword: 'Passwort vergessen?',
  resetTitle: 'Passwort zurücksetzen',
  resetIntro: 'Geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Link zum Zurücksetzen des Passworts.',
  resetSend: 'Link senden',
  resetSending: 'Wird gesendet …',
  resetSent: (email: string) =>
    `Falls es ein Konto für ${email} gibt, haben wir einen Link zum Zurücksetzen des Passworts dorthin gesendet. Prüfen Sie Ihren Posteingang und melden Sie sich dann hier an.`,
  backToSignIn: 'Zurück zur Anmeldung',
};
