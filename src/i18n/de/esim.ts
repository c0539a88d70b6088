import type { esim as en } from '../en/esim.js';

export const esim: typeof en = {
  statusReady: 'Bereit zur Installation',
  statusActive: 'Aktiv',
  statusDepleted: 'Datenvolumen aufgebraucht',
  statusExpired: 'Abgelaufen',
  statusSuspended: 'Gesperrt',
  statusCancelPending: 'Kündigung in Bearbeitung',
  statusCancelled: 'Gekündigt',
  statusRevoked: 'Deaktiviert',
  statusUnknown: 'Status unbekannt',

  installNotInstalled: 'Nicht installiert',
  installDownloaded: 'Heruntergeladen, nicht installiert',
  installInstalled: 'Installiert',
  installEnabled: 'Installiert und eingeschaltet',
  installDisabled: 'Installiert, ausgeschaltet',
  installDeleted: 'Vom Gerät entfernt',
  installUnknown: 'Installation unbekannt',

  ineligibleInstalled: 'Auf einem Gerät installiert: zum Kündigen bitte den Support kontaktieren',
  ineligibleRequestOpen: 'Eine Kündigungsanfrage ist bereits offen',
  ineligibleExpired: 'Abgelaufen',
  ineligibleWindowElapsed: 'Die Frist für eine Kündigung ist abgelaufen',
  ineligibleDataUsed: 'Es wurden bereits Daten genutzt',
  ineligibleAlreadyCancelled: 'Bereits gekündigt',
  ineligibleNotSupported: 'Dieser Tarif kann nicht online gekündigt werden',

  dataUsedOf: (used: string, total: string) => `${used} von ${total} genutzt`,
  dataUnlimited: 'Unbegrenzt',
  dataUsedUnlimited: (used: string) => `${used} genutzt`,
  dataUpdated: (ago: string) => `aktualisiert ${ago}`,
  dataNone: 'Noch keine Nutzung gemeldet',

  expiresIn: (when: string) => `Läuft ${when} ab`,
  validUntil: (date: string) => `Gültig bis ${date}`,
  expiredOn: (date: string) => `Abgelaufen am ${date}`,
  validityOnFirstUse: 'Die Gültigkeit beginnt mit der ersten Nutzung',

  iccidEnding: (last4: string) => `endet auf ${last4}`,
  esimLabel: (name: string, last4: string) => `${name} (endet auf ${last4})`,

  cancellationPending: 'Eingereicht',
  cancellationProcessing: 'In Prüfung',
  cancellationCompleted: 'Gekündigt',
  cancellationRejected: 'Abgelehnt',
  cancellationWithdrawn: 'Zurückgezogen',
  cancellationLine: (reference: string, status: string) => `Kündigungsanfrage ${reference}: ${status}`,
  cancellationOpen: 'Kündigung angefragt',
  decisionBy: (date: string) => `Entscheidung voraussichtlich bis ${date}`,
};
