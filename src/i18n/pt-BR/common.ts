import type { common as en } from '../en/common.js';
import { plural } from '../plural.js';

export const common: typeof en = {
  errorNotConfigured: 'Esta página ainda não está conectada a um serviço de eSIM. Entre em contato com o responsável pelo site.',
  errorNetwork: 'Não foi possível conectar ao servidor. Verifique sua conexão e tente novamente.',
  errorTimeout: 'O servidor está demorando demais para responder. Tente novamente.',
  errorInvalidResponse:
    'O servidor enviou uma resposta que não conseguimos ler. Tente novamente ou fale com o suporte se continuar acontecendo.',
  errorUnauthenticated: 'Sua sessão terminou. Entre novamente.',
  errorForbidden: 'Sua conta não tem permissão para fazer isso. Fale com o suporte.',
  errorNotFound: 'Não encontramos este eSIM ou pedido. Ele pode ter sido removido.',
  errorNotEligible: 'Este eSIM não pode mais ser cancelado on-line.',
  errorDuplicate: 'Já existe um pedido de cancelamento em aberto para este eSIM.',
  errorAlreadyCancelled: 'Este eSIM já está cancelado.',
  errorValidation: 'Alguns dados precisam de correção. Confira os campos destacados.',
  errorRateLimited: (seconds?: number) =>
    seconds === undefined
      ? 'Muitas solicitações. Aguarde um momento e tente novamente.'
      : plural('pt-BR', seconds, {
          one: 'Muitas solicitações. Tente novamente em # segundo.',
          other: 'Muitas solicitações. Tente novamente em # segundos.',
        }),
  errorUpstream: 'A operadora do eSIM não está respondendo no momento. Tente novamente em alguns minutos.',
  errorIdempotency: 'Este pedido mudou enquanto era enviado. Revise-o e envie novamente.',
  errorInternal: 'Algo deu errado do nosso lado. Tente novamente.',
  retry: 'Tentar novamente',
  close: 'Fechar',
  loading: 'Carregando…',
  emailInvalid: 'Digite um e-mail como name@example.com.',
  signedOutTitle: 'Você saiu da conta',
  signedOutWaiting: 'Entre nesta página para continuar.',
};
