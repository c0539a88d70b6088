import type { flow as en } from '../en/flow.js';
import { plural } from '../plural.js';
import { alternatives } from './alternatives.js';

export const flow: typeof en = {
  ...alternatives,
  listDiscardTitle: 'Ihre Angaben verwerfen?',
  listDiscardBody: 'Wenn Sie jetzt schließen, gehen Ihre Eingaben verloren und es wird nichts gekündigt.',
  listKeepEditing: 'Weiter bearbeiten',
  listDiscard: 'Schließen und verwerfen',
  flowProgress: (step, total) => `Schritt ${step} von ${total}`,
  flowBack: 'Zurück',
  flowNext: 'Weiter',
  flowKeep: 'eSIM behalten',
  flowDone: 'Fertig',
  flowNeedHelp: 'Brauchen Sie Hilfe?',

  selectTitle: 'Welche eSIM möchten Sie kündigen?',
  selectEmpty: 'In Ihrem Konto sind keine eSIMs.',
  selectNoneEligible: 'Keine Ihrer eSIMs kann online gekündigt werden. Der Support hilft Ihnen weiter.',
  selectMore: 'Weitere eSIMs anzeigen',

  reviewTitle: 'Bevor Sie kündigen',
  reviewIneligibleTitle: 'Diese eSIM kann nicht online gekündigt werden',
  reviewIneligibleHelp: 'Der Support kann Ihre Möglichkeiten prüfen.',
  labelEsim: 'eSIM',
  labelInstall: 'Installation',
  labelValidity: 'Gültigkeit',
  // Soft hyphens (U+00AD): long compounds in the summary's narrow label column break with a hyphen.
  labelFee: 'Kündigungs\u00ADgebühr',
  labelRefund: 'Erstattung',
  labelEffective: 'Wirksam',
  labelDecision: 'Entscheidung bis',
  labelDeadline: 'Letzter Tag für die Anfrage',
  effectiveNow: 'Sofort',
  effectiveAfterReview: (days) =>
    days === undefined
      ? 'Nach unserer Prüfung'
      : plural('de', days, {
          one: 'Nach unserer Prüfung (höchstens # Werktag)',
          other: 'Nach unserer Prüfung (höchstens # Werktage)',
        }),
  refundToCard: (amount) => `${amount} auf Ihr ursprüngliches Zahlungsmittel`,
  refundAsCredit: (amount) => `${amount} als Guthaben im Shop`,
  refundNone: 'Keine Erstattung',
  policyLink: 'Kündigungsbedingungen lesen',
  warnBackup: 'Sichern Sie vorher, was Sie brauchen: Notieren Sie die Tarifdetails oder machen Sie Screenshots.',
  warnIrreversible: 'Dies kann nicht rückgängig gemacht werden: Die eSIM kann weder wiederhergestellt noch neu installiert werden.',
  warnDataForfeited: 'Restliches Datenvolumen des Tarifs verfällt.',
  warnKeepInstalled: 'Lassen Sie die eSIM installiert, bis der Support das Problem geprüft hat, damit er die Ursache finden kann.',
  warnCredit: 'Die Erstattung erfolgt als Guthaben im Shop.',
  warnDeadline: (date) => (date ? `Anfragen werden nur bis ${date} angenommen.` : 'Die Frist für eine Kündigungsanfrage läuft bald ab.'),

  reasonTitle: 'Warum kündigen Sie?',
  reasonLabels: {
    device_lost: 'Mein Gerät wurde verloren, gestohlen oder beschädigt',
    changed_device: 'Ich habe ein neues Gerät',
    no_longer_needed: 'Meine Pläne haben sich geändert oder ich brauche sie nicht mehr',
    switching_provider: 'Ich wechsle zu einem anderen Anbieter',
    wrong_plan: 'Ich habe den falschen Tarif gekauft',
    device_not_compatible: 'Mein Gerät ist nicht kompatibel',
    installation_failed: 'Technisches Problem: Die eSIM ließ sich nicht installieren',
    no_coverage: 'Technisches Problem: Kein Netz an meinem Ort',
    poor_connection: 'Technisches Problem: Die Verbindung ist schlecht',
    other: 'Etwas anderes',
  },
  noteLabel: 'Anmerkung (optional)',
  noteCount: (count, max) => `${count.toLocaleString('de')} von ${max.toLocaleString('de')} Zeichen`,
  contactLabel: 'E-Mail-Adresse für Benachrichtigungen',
  contactHint: 'Hierhin senden wir Neuigkeiten zur Anfrage und Angaben zur Erstattung.',

  problemRequired: {
    selection: 'Wählen Sie die eSIM aus, die Sie kündigen möchten.',
    reason: 'Wählen Sie einen Grund aus.',
    note: 'Geben Sie für diesen Grund eine Anmerkung ein.',
    contactEmail: 'Geben Sie die E-Mail-Adresse für Benachrichtigungen ein.',
    acknowledged: 'Setzen Sie das Häkchen, um zu bestätigen, dass Sie dies verstanden haben.',
    lastFour: 'Geben Sie die letzten 4 Ziffern der ICCID ein.',
  },
  problemNoteLong: (max) => `Kürzen Sie die Anmerkung auf höchstens ${max.toLocaleString('de')} Zeichen.`,
  problemDigitsMismatch: 'Diese Ziffern passen nicht zur ICCID dieser eSIM.',

  confirmTitle: 'Kündigung bestätigen',
  labelReason: 'Grund',
  labelNote: 'Anmerkung',
  labelContact: 'E-Mails an',
  confirmAcknowledge:
    'Mir ist klar, dass dies nicht rückgängig gemacht werden kann: Die eSIM funktioniert dann nicht mehr und kann nicht wiederhergestellt werden.',
  confirmDigits: 'Letzte 4 Ziffern der ICCID',
  confirmDigitsHint: (masked) => `Die ICCID lautet ${masked}. Geben Sie zur Bestätigung die letzten 4 Ziffern ein.`,
  submitInstant: (last4) => `eSIM mit Endung ${last4} jetzt kündigen`,
  submitReview: 'Kündigung anfragen',
  submitting: 'Wird gesendet …',
  verifying: 'Kündigung wird bestätigt …',

  pendingTitle: 'Kündigung angefragt',
  pendingIntro: 'Unser Team prüft Ihre Anfrage und teilt Ihnen die Entscheidung per E-Mail mit. Sie können diese Seite verlassen.',
  noticeDuplicate: 'Für diese eSIM war bereits eine Anfrage offen, daher wurde keine zweite angelegt. Hier ist sie.',
  noticeResumed: 'Für diese eSIM gibt es bereits eine Kündigungsanfrage. Hier sehen Sie den aktuellen Stand.',
  noticeSubmittedFirst:
    'Diese Kündigung wurde bereits gesendet, als eine andere eSIM gewählt wurde, und deshalb zuerst abgeschlossen. Hier sehen Sie den aktuellen Stand.',
  otherEsim: 'Weiter zur anderen eSIM',
  noticeTermsChanged:
    'Die Kündigungsbedingungen haben sich geändert, während diese Seite geöffnet war. Prüfen Sie Gebühr, Erstattung und Zeitpunkt erneut und bestätigen Sie dann.',
  labelReference: 'Vorgangs\u00ADnummer',
  labelSubmitted: 'Eingereicht',
  emailNotice: (email) => `Sobald eine Entscheidung vorliegt, schreiben wir Ihnen an ${email}.`,
  copyReference: 'Kopieren',
  copied: 'Vorgangsnummer kopiert.',
  copyFailed: 'Kopieren nicht möglich: Markieren Sie die Vorgangsnummer und kopieren Sie sie.',
  checkStatus: 'Status prüfen',
  checking: 'Wird geprüft …',
  statusRefreshFailed: 'Der Status konnte nicht aktualisiert werden.',
  statusNow: (status) => `Status: ${status}`,
  withdraw: 'Anfrage zurückziehen',
  withdrawQuestion: 'Diese Kündigungsanfrage zurückziehen? Ihre eSIM bleibt aktiv.',
  withdrawYes: 'Ja, zurückziehen',
  withdrawNo: 'Nein, Anfrage behalten',
  withdrawing: 'Wird zurückgezogen …',
  print: 'Drucken',
  save: 'Als Datei speichern',
  saveTitle: 'eSIM-Kündigungsanfrage',

  completedTitle: 'Ihre eSIM ist gekündigt',
  completedIntro: 'Die eSIM funktioniert nicht mehr und kann nicht erneut installiert werden.',
  labelCancelledOn: 'Gekündigt am',

  rejectedTitle: 'Ihre Kündigungsanfrage wurde abgelehnt',
  rejectedIntro: 'Ihre eSIM bleibt aktiv.',
  labelRejection: 'Grund der Ablehnung',
  rejectedNext: 'Wenn Sie dies für falsch halten, wenden Sie sich mit Ihrer Vorgangsnummer an den Support.',

  withdrawnTitle: 'Anfrage zurückgezogen',
  withdrawnIntro: 'Sie haben die Anfrage zurückgezogen. Ihre eSIM bleibt aktiv.',

  reviewWithdrawable: (date: string) =>
    `Bis ${date} können Sie diesen Kauf widerrufen, statt ihn zu kündigen – so wie es das Gesetz vorsieht.`,
  withdrawInstead: 'Stattdessen widerrufen',
};
