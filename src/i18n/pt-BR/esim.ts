import type { esim as en } from '../en/esim.js';

export const esim: typeof en = {
  statusReady: 'Pronto para instalar',
  statusActive: 'Ativo',
  statusDepleted: 'Dados esgotados',
  statusExpired: 'Expirado',
  statusSuspended: 'Suspenso',
  statusCancelPending: 'Cancelamento pendente',
  statusCancelled: 'Cancelado',
  statusRevoked: 'Revogado',
  statusUnknown: 'Situação desconhecida',

  installNotInstalled: 'Não instalado',
  installDownloaded: 'Baixado, não instalado',
  installInstalled: 'Instalado',
  installEnabled: 'Instalado e ativado',
  installDisabled: 'Instalado, desativado',
  installDeleted: 'Removido do aparelho',
  installUnknown: 'Instalação desconhecida',

  ineligibleInstalled: 'Instalado em um aparelho: fale com o suporte para cancelar',
  ineligibleRequestOpen: 'Já existe um pedido de cancelamento em aberto',
  ineligibleExpired: 'Expirado',
  ineligibleWindowElapsed: 'O prazo para cancelar terminou',
  ineligibleDataUsed: 'Dados já foram usados',
  ineligibleAlreadyCancelled: 'Já cancelado',
  ineligibleNotSupported: 'Este plano não pode ser cancelado on-line',

  dataUsedOf: (used: string, total: string) => `${used} de ${total} usados`,
  dataUnlimited: 'Ilimitado',
  dataUsedUnlimited: (used: string) => `${used} usados`,
  dataUpdated: (ago: string) => `atualizado ${ago}`,
  dataNone: 'Nenhum uso registrado ainda',

  expiresIn: (when: string) => `Expira ${when}`,
  validUntil: (date: string) => `Válido até ${date}`,
  expiredOn: (date: string) => `Expirou em ${date}`,
  validityOnFirstUse: 'A validade começa no primeiro uso',

  iccidEnding: (last4: string) => `final ${last4}`,
  esimLabel: (name: string, last4: string) => `${name} (final ${last4})`,

  cancellationPending: 'Enviado',
  cancellationProcessing: 'Em análise',
  cancellationCompleted: 'Cancelado',
  cancellationRejected: 'Recusado',
  cancellationWithdrawn: 'Retirado',
  cancellationLine: (reference: string, status: string) => `Pedido de cancelamento ${reference}: ${status}`,
  cancellationOpen: 'Cancelamento solicitado',
  decisionBy: (date: string) => `Decisão prevista até ${date}`,
};
