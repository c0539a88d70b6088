import type { flow as en } from '../en/flow.js';
import { plural } from '../plural.js';
import { alternatives } from './alternatives.js';

const num = (n: number) => n.toLocaleString('fr');

export const flow: typeof en = {
  ...alternatives,
  contactSupport: 'Contacter l’assistance',
  supportEmailLink: (email: string) => `Écrire à ${email}`,
  listDiscardTitle: 'Abandonner vos réponses ?',
  listDiscardBody: 'Si vous fermez maintenant, ce que vous avez saisi sera perdu et rien ne sera annulé.',
  listKeepEditing: 'Continuer la saisie',
  listDiscard: 'Fermer et abandonner',
  flowProgress: (step, total) => plural('fr', total, { other: `Étape ${num(step)} sur #` }),
  flowBack: 'Retour',
  flowNext: 'Continuer',
  flowKeep: 'Garder mon eSIM',
  flowDone: 'Terminé',
  flowNeedHelp: 'Besoin d’aide ?',

  selectTitle: 'Quelle eSIM voulez-vous annuler ?',
  selectEmpty: 'Votre compte ne contient aucune eSIM.',
  selectNoneEligible: 'Aucune de vos eSIM ne peut être annulée en ligne. L’assistance peut vous aider.',
  selectMore: 'Afficher plus d’eSIM',

  reviewTitle: 'Avant d’annuler',
  reviewIneligibleTitle: 'Cette eSIM ne peut pas être annulée en ligne',
  reviewIneligibleHelp: 'L’assistance peut étudier les solutions possibles.',
  labelEsim: 'eSIM',
  labelInstall: 'Installation',
  labelValidity: 'Validité',
  labelFee: 'Frais d’annulation',
  labelRefund: 'Remboursement',
  labelEffective: 'Prise d’effet',
  labelDecision: 'Décision attendue d’ici le',
  labelDeadline: 'Dernier jour pour demander',
  effectiveNow: 'Immédiate',
  effectiveAfterReview: (days) =>
    days === undefined
      ? 'Après notre examen'
      : plural('fr', days, {
          one: 'Après notre examen (jusqu’à # jour ouvré)',
          other: 'Après notre examen (jusqu’à # jours ouvrés)',
        }),
  refundToCard: (amount) => `${amount} sur votre moyen de paiement d’origine`,
  refundAsCredit: (amount) => `${amount} en avoir sur la boutique`,
  refundNone: 'Aucun remboursement',
  policyLink: 'Lire la politique d’annulation',
  warnBackup: 'Sauvegardez d’abord ce dont vous avez besoin : notez les détails du forfait ou faites des captures d’écran.',
  warnIrreversible: 'Action irréversible : l’eSIM ne pourra être ni restaurée ni réinstallée.',
  warnDataForfeited: 'Les données restantes du forfait seront perdues.',
  warnKeepInstalled:
    'Gardez l’eSIM installée jusqu’à ce que l’assistance ait examiné le problème, afin qu’elle puisse en trouver la cause.',
  warnCredit: 'Le remboursement est versé sous forme d’avoir sur la boutique.',
  warnDeadline: (date) =>
    date ? `Les demandes ne sont acceptées que jusqu’au ${date}.` : 'Le délai pour demander l’annulation arrive bientôt à son terme.',

  reasonTitle: 'Pourquoi annulez-vous ?',
  reasonLabels: {
    device_lost: 'Mon appareil a été perdu, volé ou endommagé',
    changed_device: 'J’ai changé d’appareil',
    no_longer_needed: 'Mes projets ont changé ou je n’en ai plus besoin',
    switching_provider: 'Je change de fournisseur',
    wrong_plan: 'J’ai acheté le mauvais forfait',
    device_not_compatible: 'Mon appareil n’est pas compatible',
    installation_failed: 'Problème technique : l’eSIM ne s’installe pas',
    no_coverage: 'Problème technique : pas de couverture là où je suis',
    poor_connection: 'Problème technique : la connexion est mauvaise',
    other: 'Autre raison',
  },
  noteLabel: 'Commentaire (facultatif)',
  noteCount: (count, max) => plural('fr', max, { one: `${num(count)} caractère sur #`, other: `${num(count)} caractères sur #` }),
  contactLabel: 'E-mail pour le suivi',
  contactHint: 'Nous vous enverrons ici le suivi et les détails du remboursement.',

  problemRequired: {
    selection: 'Choisissez l’eSIM à annuler.',
    reason: 'Choisissez une raison.',
    note: 'Ajoutez un commentaire pour cette raison.',
    contactEmail: 'Saisissez l’adresse e-mail pour le suivi.',
    acknowledged: 'Cochez la case pour confirmer que vous avez compris.',
    lastFour: 'Saisissez les 4 derniers chiffres de l’ICCID.',
  },
  problemNoteLong: (max) =>
    plural('fr', max, {
      one: 'Raccourcissez le commentaire à # caractère maximum.',
      other: 'Raccourcissez le commentaire à # caractères maximum.',
    }),
  problemDigitsMismatch: 'Ces chiffres ne correspondent pas à l’ICCID de cette eSIM.',

  confirmTitle: 'Confirmer l’annulation',
  labelReason: 'Raison',
  labelNote: 'Commentaire',
  labelContact: 'Suivi envoyé à',
  confirmAcknowledge: 'Je comprends que c’est irréversible : l’eSIM cessera de fonctionner et ne pourra pas être restaurée.',
  confirmDigits: '4 derniers chiffres de l’ICCID',
  confirmDigitsHint: (masked) => `L’ICCID est ${masked}. Saisissez ses 4 derniers chiffres pour confirmer.`,
  submitInstant: (last4) => `Annuler l’eSIM se terminant par ${last4}`,
  submitReview: 'Demander l’annulation',
  submitting: 'Envoi…',
  verifying: 'Confirmation de l’annulation…',

  pendingTitle: 'Annulation demandée',
  pendingIntro: 'Notre équipe va examiner votre demande et vous enverra sa décision par e-mail. Vous pouvez quitter cette page.',
  noticeDuplicate: 'Cette eSIM avait déjà une demande en cours : aucune autre n’a été créée. La voici.',
  noticeResumed: 'Cette eSIM a déjà une demande d’annulation. Voici où elle en est.',
  noticeSubmittedFirst:
    'Cette annulation était déjà en cours d’envoi quand une autre eSIM a été choisie\u00a0: elle a donc été finalisée d’abord. Voici où elle en est.',
  otherEsim: 'Passer à l’autre eSIM',
  noticeTermsChanged:
    'Les conditions d’annulation ont changé pendant que cette page était ouverte. Vérifiez à nouveau les frais, le remboursement et les délais, puis confirmez.',
  labelReference: 'Référence',
  labelSubmitted: 'Envoyée le',
  emailNotice: (email) => `Nous vous écrirons à ${email} dès qu’une décision sera prise.`,
  copyReference: 'Copier',
  copied: 'Référence copiée.',
  copyFailed: 'Copie impossible : sélectionnez la référence et copiez-la.',
  checkStatus: 'Vérifier le statut',
  checking: 'Vérification…',
  statusRefreshFailed: 'Impossible d’actualiser le statut.',
  statusNow: (status) => `Statut\u00a0: ${status}`,
  withdraw: 'Retirer la demande',
  withdrawQuestion: 'Retirer cette demande d’annulation ? Votre eSIM reste active.',
  withdrawYes: 'Oui, la retirer',
  withdrawNo: 'Non, garder la demande',
  withdrawing: 'Retrait…',
  print: 'Imprimer',
  save: 'Enregistrer dans un fichier',
  saveTitle: 'Demande d’annulation d’eSIM',

  completedTitle: 'Votre eSIM est annulée',
  completedIntro: 'L’eSIM ne fonctionne plus et ne peut pas être réinstallée.',
  labelCancelledOn: 'Annulée le',

  rejectedTitle: 'Votre demande d’annulation a été refusée',
  rejectedIntro: 'Votre eSIM reste active.',
  labelRejection: 'Motif du refus',
  rejectedNext: 'Si vous pensez qu’il s’agit d’une erreur, contactez l’assistance en indiquant votre référence.',

  withdrawnTitle: 'Demande retirée',
  withdrawnIntro: 'Vous avez retiré la demande. Votre eSIM reste active.',

  reviewWithdrawable: (date: string) =>
    `Jusqu’au ${date}, vous pouvez vous rétracter de cet achat au lieu de le résilier, comme la loi le permet.`,
  withdrawInstead: 'Me rétracter plutôt',
};
