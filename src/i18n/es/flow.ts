import type { flow as en } from '../en/flow.js';
import { plural } from '../plural.js';
import { alternatives } from './alternatives.js';

const num = (n: number) => n.toLocaleString('es');

export const flow: typeof en = {
  ...alternatives,
  contactSupport: 'Contactar con soporte',
  supportEmailLink: (email: string) => `Escribir a ${email}`,
  listDiscardTitle: '¿Descartar tus respuestas?',
  listDiscardBody: 'Si cierras ahora, se perderá lo que escribiste y no se cancelará nada.',
  listKeepEditing: 'Seguir editando',
  listDiscard: 'Cerrar y descartar',
  flowProgress: (step, total) => plural('es', total, { other: `Paso ${num(step)} de #` }),
  flowBack: 'Atrás',
  flowNext: 'Continuar',
  flowKeep: 'Conservar mi eSIM',
  flowDone: 'Listo',
  flowNeedHelp: '¿Necesitas ayuda?',

  selectTitle: '¿Qué eSIM quieres cancelar?',
  selectEmpty: 'No hay eSIM en tu cuenta.',
  selectNoneEligible: 'Ninguna de tus eSIM se puede cancelar en línea. Soporte puede ayudarte.',
  selectMore: 'Mostrar más eSIM',

  reviewTitle: 'Antes de cancelar',
  reviewIneligibleTitle: 'Esta eSIM no se puede cancelar en línea',
  reviewIneligibleHelp: 'Soporte puede revisar tus opciones.',
  labelEsim: 'eSIM',
  labelInstall: 'Instalación',
  labelValidity: 'Validez',
  labelFee: 'Cargo por cancelación',
  labelRefund: 'Reembolso',
  labelEffective: 'Se aplica',
  labelDecision: 'Decisión prevista antes del',
  labelDeadline: 'Último día para solicitarla',
  effectiveNow: 'De inmediato',
  effectiveAfterReview: (days) =>
    days === undefined
      ? 'Tras nuestra revisión'
      : plural('es', days, {
          one: 'Tras nuestra revisión (hasta # día hábil)',
          other: 'Tras nuestra revisión (hasta # días hábiles)',
        }),
  refundToCard: (amount) => `${amount} a tu método de pago original`,
  refundAsCredit: (amount) => `${amount} como saldo en la tienda`,
  refundNone: 'Sin reembolso',
  policyLink: 'Leer la política de cancelación',
  warnBackup: 'Guarda antes lo que necesites: anota los datos del plan o haz capturas de pantalla.',
  warnIrreversible: 'No se puede deshacer: la eSIM no se podrá restaurar ni reinstalar.',
  warnDataForfeited: 'Los datos que queden en el plan se pierden.',
  warnKeepInstalled: 'Mantén la eSIM instalada hasta que soporte revise el problema, para que puedan averiguar qué falló.',
  warnCredit: 'El reembolso se abona como saldo en la tienda.',
  warnDeadline: (date) =>
    date ? `Solo se aceptan solicitudes hasta el ${date}.` : 'Se está acabando el plazo para solicitar la cancelación.',

  reasonTitle: '¿Por qué cancelas?',
  reasonLabels: {
    device_lost: 'Perdí mi dispositivo, me lo robaron o se dañó',
    changed_device: 'Cambié a un dispositivo nuevo',
    no_longer_needed: 'Cambiaron mis planes o ya no la necesito',
    switching_provider: 'Me cambio a otro proveedor',
    wrong_plan: 'Compré el plan equivocado',
    device_not_compatible: 'Mi dispositivo no es compatible',
    installation_failed: 'Problema técnico: la eSIM no se instaló',
    no_coverage: 'Problema técnico: no hay cobertura donde estoy',
    poor_connection: 'Problema técnico: la conexión es mala',
    other: 'Otro motivo',
  },
  noteLabel: 'Nota (opcional)',
  noteCount: (count, max) => plural('es', max, { one: `${num(count)} de # carácter`, other: `${num(count)} de # caracteres` }),
  contactLabel: 'Correo para recibir novedades',
  contactHint: 'Te enviaremos aquí las novedades y los detalles del reembolso.',

  problemRequired: {
    selection: 'Elige la eSIM que quieres cancelar.',
    reason: 'Elige un motivo.',
    note: 'Escribe una nota para este motivo.',
    contactEmail: 'Escribe el correo para recibir novedades.',
    acknowledged: 'Marca la casilla para confirmar que lo entiendes.',
    lastFour: 'Escribe los 4 últimos dígitos del ICCID.',
  },
  problemNoteLong: (max) =>
    plural('es', max, {
      one: 'Acorta la nota a # carácter como máximo.',
      other: 'Acorta la nota a # caracteres como máximo.',
    }),
  problemDigitsMismatch: 'Estos dígitos no coinciden con el ICCID de esta eSIM.',

  confirmTitle: 'Confirma la cancelación',
  labelReason: 'Motivo',
  labelNote: 'Nota',
  labelContact: 'Novedades enviadas a',
  confirmAcknowledge: 'Entiendo que no se puede deshacer: la eSIM dejará de funcionar y no se podrá restaurar.',
  confirmDigits: 'Últimos 4 dígitos del ICCID',
  confirmDigitsHint: (masked) => `El ICCID es ${masked}. Escribe sus 4 últimos dígitos para confirmar.`,
  submitInstant: (last4) => `Cancelar la eSIM terminada en ${last4}`,
  submitReview: 'Solicitar la cancelación',
  submitting: 'Enviando…',
  verifying: 'Confirmando la cancelación…',

  pendingTitle: 'Cancelación solicitada',
  pendingIntro: 'Nuestro equipo revisará tu solicitud y te enviará la decisión por correo. Puedes salir de esta página.',
  noticeDuplicate: 'Esta eSIM ya tenía una solicitud abierta, así que no se creó otra. Aquí la tienes.',
  noticeResumed: 'Esta eSIM ya tiene una solicitud de cancelación. Este es su estado.',
  noticeSubmittedFirst:
    'Esta cancelación ya se estaba enviando cuando se eligió otra eSIM, así que se completó primero. Este es su estado.',
  otherEsim: 'Continuar con la otra eSIM',
  noticeTermsChanged:
    'Las condiciones de cancelación cambiaron mientras esta página estaba abierta. Revisa de nuevo el cargo, el reembolso y los plazos, y luego confirma.',
  labelReference: 'Referencia',
  labelSubmitted: 'Enviada',
  emailNotice: (email) => `Te escribiremos a ${email} cuando haya una decisión.`,
  copyReference: 'Copiar',
  copied: 'Referencia copiada.',
  copyFailed: 'No se pudo copiar: selecciona la referencia y cópiala.',
  checkStatus: 'Consultar el estado',
  checking: 'Consultando…',
  statusRefreshFailed: 'No se pudo actualizar el estado.',
  statusNow: (status) => `Estado: ${status}`,
  withdraw: 'Retirar la solicitud',
  withdrawQuestion: '¿Retirar esta solicitud de cancelación? Tu eSIM seguirá activa.',
  withdrawYes: 'Sí, retirarla',
  withdrawNo: 'No, mantener la solicitud',
  withdrawing: 'Retirando…',
  print: 'Imprimir',
  save: 'Guardar como archivo',
  saveTitle: 'Solicitud de cancelación de eSIM',

  completedTitle: 'Tu eSIM está cancelada',
  completedIntro: 'La eSIM ya no funciona y no se puede volver a instalar.',
  labelCancelledOn: 'Cancelada el',

  rejectedTitle: 'Se rechazó tu solicitud de cancelación',
  rejectedIntro: 'Tu eSIM sigue activa.',
  labelRejection: 'Motivo del rechazo',
  rejectedNext: 'Si crees que es un error, contacta con soporte e indica tu referencia.',

  withdrawnTitle: 'Solicitud retirada',
  withdrawnIntro: 'Retiraste la solicitud. Tu eSIM sigue activa.',

  reviewWithdrawable: (date: string) => `Hasta el ${date} puedes desistir de esta compra en lugar de darla de baja, como permite la ley.`,
  withdrawInstead: 'Desistir en su lugar',
};
