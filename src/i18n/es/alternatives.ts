import type { alternatives as en } from '../en/alternatives.js';

export const alternatives: typeof en = {
  alternativesTitle: 'Esto podría ayudarte',
  alternativesIntro: 'Si nada de esto te sirve, continúa con la baja: nada de aquí cambia tu eSIM.',
  continueCancelling: 'Continuar con la baja',
  altTransferTitle: 'Pasa tu eSIM al teléfono nuevo',
  altTransferText:
    'Muchas eSIM se pueden pasar a un teléfono nuevo sin darlas de baja. Muchas eSIM de viaje no: para esas, soporte envía un perfil nuevo.',
  altTransferIphone:
    'iPhone: al configurar el iPhone nuevo, o después en Ajustes → Datos móviles → Añadir eSIM → Transferir desde un iPhone cercano.',
  altTransferAndroid:
    'Android: en Ajustes, abre las SIM y elige Transferir SIM (en teléfonos que lo ofrecen, como los Pixel y Galaxy recientes).',
  altTransferAction: 'Conservarla y pasarla',
  altSupportTitle: 'Deja que soporte revise el problema',
  altSupportText:
    'La mayoría de los problemas de instalación y conexión tienen solución. Soporte recibe los datos de esta eSIM con tu mensaje, así no tienes que explicarlos.',
  altSupportAction: 'Contactar con soporte',
  altSupportSubject: (esim: string) => `Problema con mi eSIM: ${esim}`,
  altSupportBody: (esim: string, iccid: string, problem: string) => `eSIM: ${esim}\nICCID: ${iccid}\nProblema: ${problem}\n\nQué ocurre:\n`,
  altKeepTitle: 'Guárdala para otro viaje',
  altKeepText: (date: string) => `Esta eSIM es válida hasta el ${date}. Guárdala para tu próximo viaje.`,
  altKeepAction: 'Guardarla para mi próximo viaje',
  reasonOptional: 'Opcional: nos ayuda a mejorar.',
  reasonNotGiven: 'Sin indicar',
};
