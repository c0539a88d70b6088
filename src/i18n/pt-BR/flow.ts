import type { flow as en } from '../en/flow.js';
import { plural } from '../plural.js';
import { alternatives } from './alternatives.js';

const num = (n: number) => n.toLocaleString('pt-BR');

export const flow: typeof en = {
  ...alternatives,
  contactSupport: 'Falar com o suporte',
  supportEmailLink: (email: string) => `Enviar e-mail para ${email}`,
  listDiscardTitle: 'Descartar suas respostas?',
  listDiscardBody: 'Se você fechar agora, o que preencheu será perdido e nada será cancelado.',
  listKeepEditing: 'Continuar preenchendo',
  listDiscard: 'Fechar e descartar',
  flowProgress: (step, total) => plural('pt-BR', total, { other: `Etapa ${num(step)} de #` }),
  flowBack: 'Voltar',
  flowNext: 'Continuar',
  flowKeep: 'Manter meu eSIM',
  flowDone: 'Concluir',
  flowNeedHelp: 'Precisa de ajuda?',

  selectTitle: 'Qual eSIM você quer cancelar?',
  selectEmpty: 'Não há eSIMs na sua conta.',
  selectNoneEligible: 'Nenhum dos seus eSIMs pode ser cancelado on-line. O suporte pode ajudar.',
  selectMore: 'Mostrar mais eSIMs',

  reviewTitle: 'Antes de cancelar',
  reviewIneligibleTitle: 'Este eSIM não pode ser cancelado on-line',
  reviewIneligibleHelp: 'O suporte pode avaliar as opções com você.',
  labelEsim: 'eSIM',
  labelInstall: 'Instalação',
  labelValidity: 'Validade',
  labelFee: 'Taxa de cancelamento',
  labelRefund: 'Reembolso',
  labelEffective: 'Entra em vigor',
  labelDecision: 'Decisão prevista até',
  labelDeadline: 'Último dia para pedir',
  effectiveNow: 'Imediatamente',
  effectiveAfterReview: (days) =>
    days === undefined
      ? 'Após nossa análise'
      : plural('pt-BR', days, {
          one: 'Após nossa análise (até # dia útil)',
          other: 'Após nossa análise (até # dias úteis)',
        }),
  refundToCard: (amount) => `${amount} na forma de pagamento original`,
  refundAsCredit: (amount) => `${amount} como crédito na loja`,
  refundNone: 'Sem reembolso',
  policyLink: 'Ler a política de cancelamento',
  warnBackup: 'Antes, guarde o que precisar: anote os detalhes do plano ou faça capturas de tela.',
  warnIrreversible: 'Não é possível desfazer: o eSIM não poderá ser restaurado nem reinstalado.',
  warnDataForfeited: 'Os dados que restarem no plano serão perdidos.',
  warnKeepInstalled: 'Mantenha o eSIM instalado até o suporte analisar o problema, para que ele descubra o que deu errado.',
  warnCredit: 'O reembolso é feito como crédito na loja.',
  warnDeadline: (date) => (date ? `Os pedidos só são aceitos até ${date}.` : 'O prazo para pedir o cancelamento está acabando.'),

  reasonTitle: 'Por que você está cancelando?',
  reasonLabels: {
    device_lost: 'Meu aparelho foi perdido, roubado ou danificado',
    changed_device: 'Troquei de aparelho',
    no_longer_needed: 'Meus planos mudaram ou não preciso mais',
    switching_provider: 'Vou mudar para outra operadora',
    wrong_plan: 'Comprei o plano errado',
    device_not_compatible: 'Meu aparelho não é compatível',
    installation_failed: 'Problema técnico: o eSIM não instala',
    no_coverage: 'Problema técnico: não há cobertura onde estou',
    poor_connection: 'Problema técnico: a conexão está ruim',
    other: 'Outro motivo',
  },
  noteLabel: 'Observação (opcional)',
  noteCount: (count, max) => plural('pt-BR', max, { one: `${num(count)} de # caractere`, other: `${num(count)} de # caracteres` }),
  contactLabel: 'E-mail para atualizações',
  contactHint: 'Enviaremos atualizações e detalhes do reembolso para este e-mail.',

  problemRequired: {
    selection: 'Escolha o eSIM que você quer cancelar.',
    reason: 'Escolha um motivo.',
    note: 'Escreva uma observação para este motivo.',
    contactEmail: 'Digite o e-mail para atualizações.',
    acknowledged: 'Marque a caixa para confirmar que você entendeu.',
    lastFour: 'Digite os 4 últimos dígitos do ICCID.',
  },
  problemNoteLong: (max) =>
    plural('pt-BR', max, {
      one: 'Reduza a observação para no máximo # caractere.',
      other: 'Reduza a observação para no máximo # caracteres.',
    }),
  problemDigitsMismatch: 'Estes dígitos não correspondem ao ICCID deste eSIM.',

  confirmTitle: 'Confirme o cancelamento',
  labelReason: 'Motivo',
  labelNote: 'Observação',
  labelContact: 'Atualizações para',
  confirmAcknowledge: 'Entendo que não é possível desfazer: o eSIM vai parar de funcionar e não poderá ser restaurado.',
  confirmDigits: '4 últimos dígitos do ICCID',
  confirmDigitsHint: (masked) => `O ICCID é ${masked}. Digite os 4 últimos dígitos para confirmar.`,
  submitInstant: (last4) => `Cancelar o eSIM final ${last4}`,
  submitReview: 'Pedir cancelamento',
  submitting: 'Enviando…',
  verifying: 'Confirmando o cancelamento…',

  pendingTitle: 'Cancelamento solicitado',
  pendingIntro: 'Nossa equipe vai analisar seu pedido e enviar a decisão por e-mail. Você pode sair desta página.',
  noticeDuplicate: 'Este eSIM já tinha um pedido em aberto, então nenhum outro foi criado. Aqui está ele.',
  noticeResumed: 'Este eSIM já tem um pedido de cancelamento. Veja a situação atual.',
  noticeSubmittedFirst:
    'Este cancelamento já estava sendo enviado quando outro eSIM foi escolhido, por isso foi concluído primeiro. Veja a situação dele.',
  otherEsim: 'Continuar com o outro eSIM',
  noticeTermsChanged:
    'As condições de cancelamento mudaram enquanto esta página estava aberta. Confira de novo a taxa, o reembolso e o prazo, e depois confirme.',
  labelReference: 'Protocolo',
  labelSubmitted: 'Enviado em',
  emailNotice: (email) => `Enviaremos um e-mail para ${email} quando houver uma decisão.`,
  copyReference: 'Copiar',
  copied: 'Protocolo copiado.',
  copyFailed: 'Não foi possível copiar: selecione o protocolo e copie.',
  checkStatus: 'Ver situação',
  checking: 'Verificando…',
  statusRefreshFailed: 'Não foi possível atualizar a situação.',
  statusNow: (status) => `Situação: ${status}`,
  withdraw: 'Retirar pedido',
  withdrawQuestion: 'Retirar este pedido de cancelamento? Seu eSIM continua ativo.',
  withdrawYes: 'Sim, retirar',
  withdrawNo: 'Não, manter o pedido',
  withdrawing: 'Retirando…',
  print: 'Imprimir',
  save: 'Salvar como arquivo',
  saveTitle: 'Pedido de cancelamento de eSIM',

  completedTitle: 'Seu eSIM foi cancelado',
  completedIntro: 'O eSIM não funciona mais e não pode ser instalado de novo.',
  labelCancelledOn: 'Cancelado em',

  rejectedTitle: 'Seu pedido de cancelamento foi recusado',
  rejectedIntro: 'Seu eSIM continua ativo.',
  labelRejection: 'Motivo da recusa',
  rejectedNext: 'Se você acha que houve um erro, fale com o suporte e informe seu protocolo.',

  withdrawnTitle: 'Pedido retirado',
  withdrawnIntro: 'Você retirou o pedido. Seu eSIM continua ativo.',

  reviewWithdrawable: (date: string) => `Até ${date}, você pode desistir desta compra em vez de cancelá-la, como a lei permite.`,
  withdrawInstead: 'Desistir da compra',
};
