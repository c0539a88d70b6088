import type { alternatives as en } from '../en/alternatives.js';

export const alternatives: typeof en = {
  alternativesTitle: 'Isto pode ajudar',
  alternativesIntro: 'Se nada disso servir, continue o cancelamento: nada aqui muda o seu eSIM.',
  continueCancelling: 'Continuar cancelando',
  altTransferTitle: 'Transfira seu eSIM para o celular novo',
  altTransferText:
    'Muitos eSIMs podem ir para um celular novo sem cancelar. Muitos eSIMs de viagem não podem: para esses, o suporte envia um novo perfil.',
  altTransferIphone: 'iPhone: ao configurar o iPhone novo, ou depois em Ajustes → Celular → Adicionar eSIM → Transferir de iPhone Próximo.',
  altTransferAndroid:
    'Android: em Configurações, abra os chips e escolha Transferir chip (nos celulares que oferecem isso, como Pixel e Galaxy recentes).',
  altTransferAction: 'Manter e transferir',
  altSupportTitle: 'Deixe o suporte ver o problema',
  altSupportText:
    'A maioria dos problemas de instalação e conexão tem solução. O suporte recebe os dados deste eSIM com a sua mensagem, sem você precisar explicar.',
  altSupportAction: 'Falar com o suporte',
  altSupportSubject: (esim: string) => `Problema com meu eSIM: ${esim}`,
  altSupportBody: (esim: string, iccid: string, problem: string) =>
    `eSIM: ${esim}\nICCID: ${iccid}\nProblema: ${problem}\n\nO que acontece:\n`,
  altKeepTitle: 'Guarde para uma próxima viagem',
  altKeepText: (date: string) => `Este eSIM vale até ${date}. Guarde-o para a sua próxima viagem.`,
  altKeepAction: 'Guardar para minha próxima viagem',
  reasonOptional: 'Opcional: nos ajuda a melhorar.',
  reasonNotGiven: 'Não informado',
};
