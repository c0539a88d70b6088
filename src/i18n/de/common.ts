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
  emailInvalid: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  signedOutTitle: 'Sie sind abgemeldet',
  signedOutWaiting: 'Melden Sie sich auf dieser Seite an, um fortzufahren.',
};
