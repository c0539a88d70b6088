import type { common as en } from '../en/common.js';
import { plural } from '../plural.js';

export const common: typeof en = {
  errorNotConfigured: 'Diese Seite ist noch mit keinem eSIM-Dienst verbunden. Bitte wenden Sie sich an den Betreiber der Website.',
  errorNetwork: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorTimeout: 'Der Server antwortet zu langsam. Bitte versuchen Sie es erneut.',
  errorInvalidResponse:
    'Die Antwort des Servers ist nicht lesbar. Bitte versuchen Sie es erneut oder wenden Sie sich an den Support, wenn es wieder passiert.',
  errorUnauthenticated: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  errorForbidden: 'Ihr Konto darf diese Aktion nicht ausführen. Bitte wenden Sie sich an den Support.',
  errorNotFound: 'Diese eSIM oder Anfrage wurde nicht gefunden. Möglicherweise wurde sie entfernt.',
  errorNotEligible: 'Diese eSIM kann nicht mehr online gekündigt werden.',
  errorDuplicate: 'Für diese eSIM ist bereits eine Kündigungsanfrage offen.',
  errorAlreadyCancelled: 'Diese eSIM ist bereits gekündigt.',
  errorValidation: 'Einige Angaben müssen korrigiert werden. Bitte prüfen Sie die markierten Felder.',
  errorRateLimited: (seconds?: number) =>
    seconds === undefined
      ? 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.'
      : plural('de', seconds, {
          one: 'Zu viele Anfragen. Bitte versuchen Sie es in # Sekunde erneut.',
          other: 'Zu viele Anfragen. Bitte versuchen Sie es in # Sekunden erneut.',
        }),
  errorUpstream: 'Der eSIM-Anbieter antwortet gerade nicht. Bitte versuchen Sie es in einigen Minuten erneut.',
  errorIdempotency: 'Diese Anfrage hat sich beim Senden geändert. Bitte prüfen Sie sie und senden Sie sie erneut.',
  errorInternal: 'Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.',
  retry: 'Erneut versuchen',
  close: 'Schließen',
  loading: 'Wird geladen …',
  contactSupport: 'Support kontaktieren',
  supportEmailLink: (email: string) => `E-Mail an ${email}`,
  signInTitle: 'In Ihrem Konto anmelden',
  signInIntro: 'Melden Sie sich mit der E-Mail-Adresse und dem Passwort an, mit denen Sie Ihre eSIM gekauft haben.',
  emailLabel: 'E-Mail-Adresse',
  passwordLabel: 'Passwort',
  signInButton: 'Anmelden',
  signingIn: 'Anmeldung läuft …',
  signInWrong: 'E-Mail-Adresse oder Passwort ist nicht korrekt. Prüfen Sie beides und versuchen Sie es erneut.',
  emailInvalid: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  passwordRequired: 'Geben Sie Ihr Passwort ein.',
  forgotPassword: 'Passwort vergessen?',
  resetTitle: 'Passwort zurücksetzen',
  resetIntro: 'Geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Link zum Zurücksetzen des Passworts.',
  resetSend: 'Link senden',
  resetSending: 'Wird gesendet …',
  resetSent: (email: string) =>
    `Falls es ein Konto für ${email} gibt, haben wir einen Link zum Zurücksetzen des Passworts dorthin gesendet. Prüfen Sie Ihren Posteingang und melden Sie sich dann hier an.`,
  backToSignIn: 'Zurück zur Anmeldung',
  signedOutTitle: 'Sie sind abgemeldet',
  signedOutWaiting: 'Melden Sie sich auf dieser Seite an, um fortzufahren.',
};
