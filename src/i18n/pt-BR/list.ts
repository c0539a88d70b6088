import type { list as en } from '../en/list.js';
import { plural } from '../plural.js';

const num = (n: number) => n.toLocaleString('pt-BR');

export const list: typeof en = {
  listLabel: 'Seus eSIMs',
  listLoading: 'Carregando seus eSIMs…',
  listEmptyTitle: 'Nenhum eSIM ainda',
  listEmptyBody: 'Os eSIMs que você comprar aparecerão aqui.',
  listNoMatchesTitle: 'Nenhum eSIM encontrado',
  listNoMatchesBody: 'Tente outro nome ou ICCID, ou mostre todas as situações.',
  listClearFilters: 'Mostrar todos os eSIMs',
  listLoadErrorTitle: 'Não foi possível carregar seus eSIMs',
  listRefreshError: 'Estes eSIMs podem estar desatualizados: não foi possível atualizá-los.',
  listSearchLabel: 'Buscar por nome ou ICCID',
  listFilterAll: 'Todas as situações',
  listCount: (shown, loaded, more) =>
    shown !== loaded
      ? plural('pt-BR', shown, {
          one: `# de ${num(loaded)} eSIMs carregados corresponde`,
          other: `# de ${num(loaded)} eSIMs carregados correspondem`,
        })
      : more
        ? plural('pt-BR', loaded, { one: '# eSIM carregado, há mais', other: '# eSIMs carregados, há mais' })
        : plural('pt-BR', loaded, { one: '# eSIM no total', other: '# eSIMs no total' }),
  listSearchLoadedOnly: 'A busca inclui só os eSIMs carregados até agora. Carregue mais para buscar nos demais.',
  listLoadMore: 'Carregar mais eSIMs',
  listLoadMoreError: 'Não foi possível carregar mais eSIMs.',
  listAllLoaded: 'Todos os seus eSIMs estão na lista.',
  listLoaded: (n) => plural('pt-BR', n, { one: 'Mais # eSIM carregado', other: 'Mais # eSIMs carregados' }),
  listSomeUnreadable: (n: number) =>
    plural('pt-BR', n, {
      one: '# eSIM não pôde ser exibido: o servidor enviou dados que não conseguimos ler. Fale com o suporte se isso continuar.',
      other: '# eSIMs não puderam ser exibidos: o servidor enviou dados que não conseguimos ler. Fale com o suporte se isso continuar.',
    }),
  listCopy: 'Copiar',
  listCopied: 'Copiado',
  listCopyLabel: (esim) => `Copiar o ICCID completo de ${esim}`,
  listCopiedAnnounce: (esim) => `O ICCID completo de ${esim} foi copiado.`,
  listCopyFallback: 'Não é possível copiar aqui: selecione o número para copiá-lo.',
  listDevice: 'Aparelho',
  listCancel: 'Cancelar',
  listCancelLabel: (esim) => `Cancelar ${esim}`,
  flowLabel: 'Cancelar um eSIM',
  // Shown by the flow too (its review and tracking steps), and by the list's rows and toolbar.
  labelIccid: 'ICCID',
  labelStatus: 'Situação',
  labelData: 'Dados',
  listWithdrawUntil: (date: string) => `Você pode desistir até ${date}`,
};
