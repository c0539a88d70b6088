/** Strings that describe an eSIM (status, install state, why it cannot be cancelled…), used by both elements. */
export const esim = {
  statusReady: 'Ready to install',
  statusActive: 'Active',
  statusDepleted: 'Data used up',
  statusExpired: 'Expired',
  statusSuspended: 'Suspended',
  statusCancelPending: 'Cancellation pending',
  statusCancelled: 'Cancelled',
  statusRevoked: 'Revoked',
  statusUnknown: 'Status unknown',

  installNotInstalled: 'Not installed',
  installDownloaded: 'Downloaded, not installed',
  installInstalled: 'Installed',
  installEnabled: 'Installed and turned on',
  installDisabled: 'Installed, turned off',
  installDeleted: 'Removed from the device',
  installUnknown: 'Installation unknown',

  ineligibleInstalled: 'Installed on a device: contact support to cancel it',
  ineligibleRequestOpen: 'A cancellation request is already open',
  ineligibleExpired: 'Expired',
  ineligibleWindowElapsed: 'The cancellation window has ended',
  ineligibleDataUsed: 'Data has been used',
  ineligibleAlreadyCancelled: 'Already cancelled',
  ineligibleNotSupported: 'This plan cannot be cancelled online',

  /** `used` and `total` are formatted sizes, e.g. "1.2 GB". */
  dataUsedOf: (used: string, total: string) => `${used} of ${total} used`,
  dataUnlimited: 'Unlimited',
  dataUsedUnlimited: (used: string) => `${used} used`,
  /** `ago` is a relative time, e.g. "2 hours ago". */
  dataUpdated: (ago: string) => `updated ${ago}`,
  dataNone: 'No usage reported yet',

  /** `when` is a relative time, e.g. "in 3 days", "tomorrow". */
  expiresIn: (when: string) => `Expires ${when}`,
  validUntil: (date: string) => `Valid until ${date}`,
  expiredOn: (date: string) => `Expired on ${date}`,
  validityOnFirstUse: 'Validity starts when first used',

  /** `last4` is the ICCID's last four digits. */
  iccidEnding: (last4: string) => `ending ${last4}`,
  /** Names one eSIM where several may share a plan name: "Japan 10 GB (ending 1234)". */
  esimLabel: (name: string, last4: string) => `${name} (ending ${last4})`,

  cancellationPending: 'Submitted',
  cancellationProcessing: 'Under review',
  cancellationCompleted: 'Cancelled',
  cancellationRejected: 'Rejected',
  cancellationWithdrawn: 'Withdrawn',
  /** An open request's status line: "Cancellation request C-1042: Under review". */
  cancellationLine: (reference: string, status: string) => `Cancellation request ${reference}: ${status}`,
  cancellationOpen: 'Cancellation requested',
  decisionBy: (date: string) => `Decision expected by ${date}`,
};
