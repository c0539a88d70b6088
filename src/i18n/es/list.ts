import type { list as en } from '../en/list.js';
import { plural } from '../plural.js';

const num = (n: number) => n.toLocaleString('es');

export const list: typeof en = {
  listLabel: 'Tus eSIM',
  listLoading: 'Cargando tus eSIM…',
  listEmptyTitle: 'Aún no tienes eSIM',
  listEmptyBody: 'Las eSIM que compres aparecerán aquí.',
  listNoMatchesTitle: 'Ninguna eSIM coincide',
  listNoMatchesBody: 'Prueba con otro nombre o ICCID, o muestra todos los estados.',
  listClearFilters: 'Mostrar todas las eSIM',
  listLoadErrorTitle: 'No se pudieron cargar tus eSIM',
  listRefreshError: 'Puede que estas eSIM no estén al día: no se pudieron actualizar.',
  listSearchLabel: 'Buscar por nombre o ICCID',
  listFilterAll: 'Todos los estados',
  listCount: (shown, loaded, more) =>
    shown !== loaded
      ? plural('es', shown, {
          one: `# de ${num(loaded)} eSIM cargadas coincide`,
          other: `# de ${num(loaded)} eSIM cargadas coinciden`,
        })
      : more
        ? plural('es', loaded, { one: '# eSIM cargada, hay más', other: '# eSIM cargadas, hay más' })
        : plural('es', loaded, { other: '# eSIM en total' }),
  listSearchLoadedOnly: 'Solo se buscan las eSIM cargadas hasta ahora. Carga más para buscar en el resto.',
  listLoadMore: 'Cargar más eSIM',
  listLoadMoreError: 'No se pudieron cargar más eSIM.',
  listAllLoaded: 'Se muestran todas tus eSIM.',
  listLoaded: (n) => plural('es', n, { one: 'Se cargó # eSIM más', other: 'Se cargaron # eSIM más' }),
  listSomeUnreadable: (n: number) =>
    plural('es', n, {
      one: '# eSIM no se pudo mostrar: el servidor envió datos que no pudimos leer. Contacta con soporte si vuelve a pasar.',
      other: '# eSIM no se pudieron mostrar: el servidor envió datos que no pudimos leer. Contacta con soporte si vuelve a pasar.',
    }),
  listCopy: 'Copiar',
  listCopied: 'Copiado',
  listCopyLabel: (esim) => `Copiar el ICCID completo de ${esim}`,
  listCopiedAnnounce: (esim) => `Se copió el ICCID completo de ${esim}.`,
  listCopyFallback: 'Aquí no se puede copiar: selecciona el número para copiarlo.',
  listDevice: 'Dispositivo',
  listCancel: 'Cancelar',
  listCancelLabel: (esim) => `Cancelar ${esim}`,
  flowLabel: 'Cancelar una eSIM',
  // Shown by the flow too (its review and tracking steps), and by the list's rows and toolbar.
  labelIccid: 'ICCID',
  labelStatus: 'Estado',
  labelData: 'Datos',
  listWithdrawUntil: (date: string) => `Puedes desistir hasta el ${date}`,
};
