/**
 * The `alternatives` step of `<esim-cancel-flow>` and its default alternatives: what could solve the
 * customer's problem without cancelling. Part of the flow's section (spread into ./flow.ts).
 */
export const alternatives = {
  alternativesTitle: 'This might help instead',
  alternativesIntro: 'If none of these fits, continue cancelling: nothing here changes your eSIM.',
  continueCancelling: 'Continue cancelling',
  altTransferTitle: 'Move your eSIM to your new phone',
  altTransferText:
    'Many eSIMs can move to a new phone without cancelling. Many travel eSIMs cannot be moved, though: for those, support sends a new profile instead.',
  altTransferIphone:
    'iPhone: during setup of the new iPhone, or later in Settings → Mobile Service → Add eSIM → Transfer From Nearby iPhone.',
  altTransferAndroid:
    'Android: in Settings, open SIMs and choose Transfer SIM (on phones that offer it, such as recent Pixel and Galaxy models).',
  altTransferAction: 'Keep it and move it',
  altSupportTitle: 'Let support look at the problem',
  altSupportText:
    'Most installation and connection problems can be fixed. Support gets this eSIM’s details with your message, so you need not explain them.',
  altSupportAction: 'Contact support',
  /** The support email's subject; `esim` names the eSIM ("Japan 10 GB (ending 1234)"). */
  altSupportSubject: (esim: string) => `Problem with my eSIM: ${esim}`,
  /** The support email's body, prefilled: the eSIM, its ICCID and the problem chosen. */
  altSupportBody: (esim: string, iccid: string, problem: string) =>
    `eSIM: ${esim}\nICCID: ${iccid}\nProblem: ${problem}\n\nWhat happens:\n`,
  altKeepTitle: 'Keep it for a later trip',
  /** `date`: when the eSIM's validity ends, formatted for the locale. */
  altKeepText: (date: string) => `This eSIM stays valid until ${date}. Keep it and use it on your next trip.`,
  /** Not the footer's "Keep my eSIM" (flowKeep): two buttons of one name would be one too many. */
  altKeepAction: 'Keep it for my next trip',
  /** `direct-cancel`: the reason step says the reason is optional. */
  reasonOptional: 'Optional: it helps us improve.',
  /** The confirm step's summary when no reason was given (`direct-cancel`). */
  reasonNotGiven: 'Not given',
};
