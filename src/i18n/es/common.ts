import type { common as en } from '../en/common.js';
import { plural } from '../plural.js';

export const common: typeof en = {
  errorNotConfigured: 'Esta página aún no está conectada a un servicio de eSIM. Contacta con el propietario del sitio.',
  errorNetwork: 'No pudimos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  errorTimeout: 'El servidor está tardando demasiado en responder. Inténtalo de nuevo.',
  errorInvalidResponse: 'El servidor envió una respuesta que no pudimos leer. Inténtalo de nuevo o contacta con soporte si sigue pasando.',
  errorUnauthenticated: 'Tu sesión terminó. Vuelve a iniciar sesión.',
  errorForbidden: 'Tu cuenta no tiene permiso para hacer esto. Contacta con soporte.',
  errorNotFound: 'No encontramos esta eSIM o solicitud. Es posible que se haya eliminado.',
  errorNotEligible: 'Esta eSIM ya no se puede cancelar en línea.',
  errorDuplicate: 'Ya hay una solicitud de cancelación abierta para esta eSIM.',
  errorAlreadyCancelled: 'Esta eSIM ya está cancelada.',
  errorValidation: 'Hay datos que corregir. Revisa los campos marcados.',
  errorRateLimited: (seconds?: number) =>
    seconds === undefined
      ? 'Demasiadas solicitudes. Espera un momento e inténtalo de nuevo.'
      : plural('es', seconds, {
          one: 'Demasiadas solicitudes. Inténtalo de nuevo en # segundo.',
          other: 'Demasiadas solicitudes. Inténtalo de nuevo en # segundos.',
        }),
  errorUpstream: 'El proveedor de la eSIM no responde en este momento. Inténtalo de nuevo en unos minutos.',
  errorIdempotency: 'Esta solicitud cambió mientras se enviaba. Revísala y envíala de nuevo.',
  errorInternal: 'Algo salió mal por nuestra parte. Inténtalo de nuevo.',
  retry: 'Reintentar',
  close: 'Cerrar',
  loading: 'Cargando…',
  emailInvalid: 'Escribe un correo como name@example.com.',
  signedOutTitle: 'Sesión cerrada',
  signedOutWaiting: 'Inicia sesión en esta página para continuar.',
};
