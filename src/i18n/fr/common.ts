import type { common as en } from '../en/common.js';
import { plural } from '../plural.js';

export const common: typeof en = {
  errorNotConfigured: 'Cette page n’est pas encore reliée à un service eSIM. Veuillez contacter le propriétaire du site.',
  errorNetwork: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  errorTimeout: 'Le serveur met trop de temps à répondre. Veuillez réessayer.',
  errorInvalidResponse: 'Le serveur a envoyé une réponse illisible. Veuillez réessayer, ou contactez l’assistance si le problème persiste.',
  errorUnauthenticated: 'Votre session a expiré. Veuillez vous reconnecter.',
  errorForbidden: 'Votre compte n’est pas autorisé à faire cela. Veuillez contacter l’assistance.',
  errorNotFound: 'Impossible de trouver cette eSIM ou cette demande. Elle a peut-être été supprimée.',
  errorNotEligible: 'Cette eSIM ne peut plus être annulée en ligne.',
  errorDuplicate: 'Une demande d’annulation est déjà en cours pour cette eSIM.',
  errorAlreadyCancelled: 'Cette eSIM est déjà annulée.',
  errorValidation: 'Certaines informations sont à corriger. Vérifiez les champs signalés.',
  errorRateLimited: (seconds?: number) =>
    seconds === undefined
      ? 'Trop de requêtes. Patientez un instant, puis réessayez.'
      : plural('fr', seconds, {
          one: 'Trop de requêtes. Réessayez dans # seconde.',
          other: 'Trop de requêtes. Réessayez dans # secondes.',
        }),
  errorUpstream: 'Le fournisseur de l’eSIM ne répond pas pour le moment. Réessayez dans quelques minutes.',
  errorIdempotency: 'Cette demande a changé pendant son envoi. Vérifiez-la, puis envoyez-la de nouveau.',
  errorInternal: 'Un problème est survenu de notre côté. Veuillez réessayer.',
  retry: 'Réessayer',
  close: 'Fermer',
  loading: 'Chargement…',
  emailInvalid: 'Saisissez une adresse e-mail comme name@example.com.',
  signedOutTitle: 'Déconnexion effectuée',
  signedOutWaiting: 'Connectez-vous sur cette page pour continuer.',
};
