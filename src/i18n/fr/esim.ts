import type { esim as en } from '../en/esim.js';

export const esim: typeof en = {
  statusReady: 'Prête à installer',
  statusActive: 'Active',
  statusDepleted: 'Données épuisées',
  statusExpired: 'Expirée',
  statusSuspended: 'Suspendue',
  statusCancelPending: 'Annulation en attente',
  statusCancelled: 'Annulée',
  statusRevoked: 'Révoquée',
  statusUnknown: 'Statut inconnu',

  installNotInstalled: 'Non installée',
  installDownloaded: 'Téléchargée, non installée',
  installInstalled: 'Installée',
  installEnabled: 'Installée et activée',
  installDisabled: 'Installée, désactivée',
  installDeleted: 'Supprimée de l’appareil',
  installUnknown: 'Installation inconnue',

  ineligibleInstalled: 'Installée sur un appareil : contactez l’assistance pour l’annuler',
  ineligibleRequestOpen: 'Une demande d’annulation est déjà en cours',
  ineligibleExpired: 'Expirée',
  ineligibleWindowElapsed: 'Le délai d’annulation est passé',
  ineligibleDataUsed: 'Des données ont été utilisées',
  ineligibleAlreadyCancelled: 'Déjà annulée',
  ineligibleNotSupported: 'Ce forfait ne peut pas être annulé en ligne',

  dataUsedOf: (used: string, total: string) => `${used} utilisés sur ${total}`,
  dataUnlimited: 'Illimité',
  dataUsedUnlimited: (used: string) => `${used} utilisés`,
  dataUpdated: (ago: string) => `mis à jour ${ago}`,
  dataNone: 'Aucune consommation signalée pour l’instant',

  expiresIn: (when: string) => `Expire ${when}`,
  validUntil: (date: string) => `Valable jusqu’au ${date}`,
  expiredOn: (date: string) => `Expirée le ${date}`,
  validityOnFirstUse: 'La validité commence à la première utilisation',

  iccidEnding: (last4: string) => `se terminant par ${last4}`,
  esimLabel: (name: string, last4: string) => `${name} (se terminant par ${last4})`,

  cancellationPending: 'Envoyée',
  cancellationProcessing: 'En cours d’examen',
  cancellationCompleted: 'Annulée',
  cancellationRejected: 'Refusée',
  cancellationWithdrawn: 'Retirée',
  cancellationLine: (reference: string, status: string) => `Demande d’annulation ${reference}\u00a0: ${status}`,
  cancellationOpen: 'Annulation demandée',
  decisionBy: (date: string) => `Décision attendue d’ici le ${date}`,
};
