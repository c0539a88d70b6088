import type { alternatives as en } from '../en/alternatives.js';

export const alternatives: typeof en = {
  alternativesTitle: 'Ceci pourrait vous aider',
  alternativesIntro: 'Si rien ne convient, continuez la résiliation : rien ici ne modifie votre eSIM.',
  continueCancelling: 'Continuer la résiliation',
  altTransferTitle: 'Transférer votre eSIM sur votre nouveau téléphone',
  altTransferText:
    'Beaucoup d’eSIM se transfèrent sur un nouveau téléphone sans résiliation. Beaucoup d’eSIM de voyage ne le permettent pas : le support envoie alors un nouveau profil.',
  altTransferIphone:
    'iPhone : lors de la configuration du nouvel iPhone, ou plus tard dans Réglages → Données cellulaires → Ajouter une eSIM → Transférer depuis un iPhone à proximité.',
  altTransferAndroid:
    'Android : dans Paramètres, ouvrez les SIM et choisissez Transférer la SIM (sur les téléphones qui le proposent, comme les Pixel et Galaxy récents).',
  altTransferAction: 'La garder et la transférer',
  altSupportTitle: 'Laisser le support examiner le problème',
  altSupportText:
    'La plupart des problèmes d’installation et de connexion se règlent. Le support reçoit les détails de cette eSIM avec votre message : inutile de les expliquer.',
  altSupportAction: 'Contacter le support',
  altSupportSubject: (esim: string) => `Problème avec mon eSIM : ${esim}`,
  altSupportBody: (esim: string, iccid: string, problem: string) =>
    `eSIM : ${esim}\nICCID : ${iccid}\nProblème : ${problem}\n\nCe qui se passe :\n`,
  altKeepTitle: 'La garder pour un prochain voyage',
  altKeepText: (date: string) => `Cette eSIM reste valable jusqu’au ${date}. Gardez-la pour votre prochain voyage.`,
  altKeepAction: 'La garder pour mon prochain voyage',
  reasonOptional: 'Facultatif : cela nous aide à nous améliorer.',
  reasonNotGiven: 'Non indiqué',
};
