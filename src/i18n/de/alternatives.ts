import type { alternatives as en } from '../en/alternatives.js';

export const alternatives: typeof en = {
  alternativesTitle: 'Vielleicht hilft das stattdessen',
  alternativesIntro: 'Wenn nichts davon passt, kündigen Sie einfach weiter: Hier ändert sich nichts an Ihrer eSIM.',
  continueCancelling: 'Weiter kündigen',
  altTransferTitle: 'eSIM auf das neue Handy übertragen',
  altTransferText:
    'Viele eSIMs lassen sich ohne Kündigung auf ein neues Handy übertragen. Viele Reise-eSIMs allerdings nicht: Dafür schickt der Support stattdessen ein neues Profil.',
  altTransferIphone:
    'iPhone: bei der Einrichtung des neuen iPhone oder später unter Einstellungen → Mobilfunk → eSIM hinzufügen → Von iPhone in der Nähe übertragen.',
  altTransferAndroid:
    'Android: in den Einstellungen unter SIMs „SIM übertragen“ wählen (auf Geräten, die das anbieten, etwa neueren Pixel- und Galaxy-Modellen).',
  altTransferAction: 'Behalten und übertragen',
  altSupportTitle: 'Den Support das Problem ansehen lassen',
  altSupportText:
    'Die meisten Installations- und Verbindungsprobleme lassen sich beheben. Der Support erhält die Daten dieser eSIM mit Ihrer Nachricht, Sie müssen sie nicht erklären.',
  altSupportAction: 'Support kontaktieren',
  altSupportSubject: (esim: string) => `Problem mit meiner eSIM: ${esim}`,
  altSupportBody: (esim: string, iccid: string, problem: string) =>
    `eSIM: ${esim}\nICCID: ${iccid}\nProblem: ${problem}\n\nWas passiert:\n`,
  altKeepTitle: 'Für eine spätere Reise behalten',
  altKeepText: (date: string) => `Diese eSIM ist bis ${date} gültig. Behalten Sie sie für Ihre nächste Reise.`,
  altKeepAction: 'Für die nächste Reise behalten',
  reasonOptional: 'Freiwillig: Es hilft uns, besser zu werden.',
  reasonNotGiven: 'Nicht angegeben',
};
