import type { esim as en } from '../en/esim.js';

export const esim: typeof en = {
  statusReady: 'Lista para instalar',
  statusActive: 'Activa',
  statusDepleted: 'Datos agotados',
  statusExpired: 'Vencida',
  statusSuspended: 'Suspendida',
  statusCancelPending: 'Cancelación pendiente',
  statusCancelled: 'Cancelada',
  statusRevoked: 'Revocada',
  statusUnknown: 'Estado desconocido',

  installNotInstalled: 'No instalada',
  installDownloaded: 'Descargada, sin instalar',
  installInstalled: 'Instalada',
  installEnabled: 'Instalada y activada',
  installDisabled: 'Instalada, desactivada',
  installDeleted: 'Eliminada del dispositivo',
  installUnknown: 'Instalación desconocida',

  ineligibleInstalled: 'Instalada en un dispositivo: contacta con soporte para cancelarla',
  ineligibleRequestOpen: 'Ya hay una solicitud de cancelación abierta',
  ineligibleExpired: 'Vencida',
  ineligibleWindowElapsed: 'El plazo de cancelación ha terminado',
  ineligibleDataUsed: 'Ya se han usado datos',
  ineligibleAlreadyCancelled: 'Ya cancelada',
  ineligibleNotSupported: 'Este plan no se puede cancelar en línea',

  dataUsedOf: (used: string, total: string) => `${used} de ${total} usados`,
  dataUnlimited: 'Ilimitados',
  dataUsedUnlimited: (used: string) => `${used} usados`,
  dataUpdated: (ago: string) => `actualizado ${ago}`,
  dataNone: 'Aún no hay consumo registrado',

  expiresIn: (when: string) => `Vence ${when}`,
  validUntil: (date: string) => `Válida hasta el ${date}`,
  expiredOn: (date: string) => `Venció el ${date}`,
  validityOnFirstUse: 'La validez empieza con el primer uso',

  iccidEnding: (last4: string) => `terminada en ${last4}`,
  esimLabel: (name: string, last4: string) => `${name} (terminada en ${last4})`,

  cancellationPending: 'Enviada',
  cancellationProcessing: 'En revisión',
  cancellationCompleted: 'Cancelada',
  cancellationRejected: 'Rechazada',
  cancellationWithdrawn: 'Retirada',
  cancellationLine: (reference: string, status: string) => `Solicitud de cancelación ${reference}: ${status}`,
  cancellationOpen: 'Cancelación solicitada',
  decisionBy: (date: string) => `Decisión prevista antes del ${date}`,
};
