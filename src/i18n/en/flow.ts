import { plural } from '../plural.js';
import { alternatives } from './alternatives.js';

/** Strings of `<esim-cancel-flow>`. */
export const flow = {
  ...alternatives,
  contactSupport: 'Contact support',
  supportEmailLink: (email: string) => `Email ${email}`,
  // The list's dialog asks before closing a flow with typed input: it comes with the flow's code.
  listDiscardTitle: 'Discard your answers?',
  listDiscardBody: 'If you close now, what you entered is lost and nothing is cancelled.',
  listKeepEditing: 'Keep editing',
  listDiscard: 'Close and discard',
  /** The progress indicator above each step's heading. */
  flowProgress: (step: number, total: number) => `Step ${step} of ${total}`,
  flowBack: 'Back',
  flowNext: 'Continue',
  /** Leaves the flow before submitting (fires `esim-cancel-close`). */
  flowKeep: 'Keep my eSIM',
  flowDone: 'Done',
  flowNeedHelp: 'Need help?',

  selectTitle: 'Which eSIM do you want to cancel?',
  selectEmpty: 'There are no eSIMs on your account.',
  selectNoneEligible: 'None of your eSIMs can be cancelled online. Support can help.',
  selectMore: 'Show more eSIMs',

  reviewTitle: 'Before you cancel',
  reviewIneligibleTitle: 'This eSIM cannot be cancelled online',
  reviewIneligibleHelp: 'Support can look at your options.',
  labelEsim: 'eSIM',
  labelInstall: 'Installation',
  labelValidity: 'Validity',
  labelFee: 'Cancellation fee',
  labelRefund: 'Refund',
  labelEffective: 'Takes effect',
  labelDecision: 'Decision expected by',
  labelDeadline: 'Last day to request',
  effectiveNow: 'Immediately',
  /** `days`: how long the review may take, in business days, when the backend says. */
  effectiveAfterReview: (days?: number) =>
    days === undefined
      ? 'After our review'
      : plural('en', days, { one: 'After our review (up to # business day)', other: 'After our review (up to # business days)' }),
  refundToCard: (amount: string) => `${amount} to your original payment method`,
  refundAsCredit: (amount: string) => `${amount} as store credit`,
  refundNone: 'No refund',
  policyLink: 'Read the cancellation policy',
  warnBackup: 'Back up what you need first: note the plan details or take screenshots.',
  warnIrreversible: 'This cannot be undone: the eSIM cannot be restored or reinstalled.',
  warnDataForfeited: 'Any data left on the plan is lost.',
  warnKeepInstalled: 'Keep the eSIM installed until support has looked at the problem, so they can find out what went wrong.',
  warnCredit: 'The refund is paid as store credit.',
  /** `date` is missing when the backend warns of a deadline without giving the eSIM's. */
  warnDeadline: (date?: string) =>
    date ? `Requests are only accepted until ${date}.` : 'The time to request a cancellation is running out.',

  reasonTitle: 'Why are you cancelling?',
  reasonLabels: {
    device_lost: 'My device was lost, stolen or damaged',
    changed_device: 'I changed to a new device',
    no_longer_needed: 'My plans changed or I no longer need it',
    switching_provider: 'I am switching to another provider',
    wrong_plan: 'I bought the wrong plan',
    device_not_compatible: 'My device is not compatible',
    installation_failed: 'Technical problem: the eSIM would not install',
    no_coverage: 'Technical problem: no coverage where I am',
    poor_connection: 'Technical problem: the connection is poor',
    other: 'Something else',
  },
  noteLabel: 'Note (optional)',
  noteCount: (count: number, max: number) => `${count} of ${max} characters`,
  contactLabel: 'Email for updates',
  contactHint: 'We will send updates and refund details here.',

  /** Shown next to a field the customer must fill in before going on. */
  problemRequired: {
    selection: 'Choose the eSIM you want to cancel.',
    reason: 'Choose a reason.',
    note: 'Add a note for this reason.',
    contactEmail: 'Enter the email address for updates.',
    acknowledged: 'Tick the box to confirm you understand.',
    lastFour: 'Type the last 4 digits of the ICCID.',
  },
  problemNoteLong: (max: number) => `Shorten the note to ${max} characters or fewer.`,
  problemDigitsMismatch: 'These digits do not match the ICCID of this eSIM.',

  confirmTitle: 'Confirm the cancellation',
  labelReason: 'Reason',
  labelNote: 'Note',
  labelContact: 'Updates sent to',
  confirmAcknowledge: 'I understand this cannot be undone: the eSIM will stop working and cannot be restored.',
  confirmDigits: 'Last 4 digits of the ICCID',
  confirmDigitsHint: (masked: string) => `The ICCID is ${masked}. Type its last 4 digits to confirm.`,
  submitInstant: (last4: string) => `Cancel eSIM ending ${last4}`,
  submitReview: 'Request cancellation',
  submitting: 'Sending…',
  verifying: 'Confirming the cancellation…',

  pendingTitle: 'Cancellation requested',
  pendingIntro: 'Our team will review your request and email you the decision. You can leave this page.',
  noticeDuplicate: 'This eSIM already had an open request, so no second one was made. Here it is.',
  noticeResumed: 'This eSIM already has a cancellation request. Here is where it stands.',
  /** Another eSIM was asked for (the host changed `esim-id`) while this one's cancellation was being sent. */
  noticeSubmittedFirst:
    'This cancellation was already being sent when another eSIM was chosen, so it was finished first. Here is where it stands.',
  /** Goes on to the eSIM the page asked for after the notice above. */
  otherEsim: 'Go on to the other eSIM',
  noticeTermsChanged: 'The cancellation terms changed while this page was open. Check the fee, refund and timing again, then confirm.',
  labelReference: 'Reference',
  labelSubmitted: 'Submitted',
  emailNotice: (email: string) => `We will email you at ${email} when there is a decision.`,
  copyReference: 'Copy',
  copied: 'Reference copied.',
  copyFailed: 'Could not copy: select the reference and copy it.',
  checkStatus: 'Check status',
  checking: 'Checking…',
  statusRefreshFailed: 'The status could not be refreshed.',
  statusNow: (status: string) => `Status: ${status}`,
  withdraw: 'Withdraw request',
  withdrawQuestion: 'Withdraw this cancellation request? Your eSIM stays active.',
  withdrawYes: 'Yes, withdraw it',
  withdrawNo: 'No, keep the request',
  withdrawing: 'Withdrawing…',
  print: 'Print',
  save: 'Save as a file',
  saveTitle: 'eSIM cancellation request',

  completedTitle: 'Your eSIM is cancelled',
  completedIntro: 'The eSIM no longer works and cannot be installed again.',
  labelCancelledOn: 'Cancelled on',

  rejectedTitle: 'Your cancellation request was declined',
  rejectedIntro: 'Your eSIM stays active.',
  labelRejection: 'Why it was declined',
  rejectedNext: 'If you think this is wrong, contact support with your reference.',

  withdrawnTitle: 'Request withdrawn',
  withdrawnIntro: 'You withdrew the request. Your eSIM stays active.',

  /** On the review step of an eSIM still in its withdrawal period; `date` is formatted for the locale. */
  reviewWithdrawable: (date: string) => `Until ${date} you can withdraw from this purchase instead of cancelling it, as the law allows.`,
  withdrawInstead: 'Withdraw instead',
};
