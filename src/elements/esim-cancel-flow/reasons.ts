/**
 * Why a customer cancels. A host passes its own list as the flow's `reasons` property (e.g. to add
 * "moving abroad" or to drop reasons its provider does not record); the defaults cover what eSIM
 * resellers commonly ask.
 */
export interface CancelReason {
  /** Sent to the backend as `reason`. */
  value: string;
  /** Shown to the customer. Default reasons take theirs from the locale's catalogue (`reasonLabels`). */
  label?: string;
  /** The customer must write a note to choose this reason (as for "other"). */
  requiresNote?: boolean;
  /** A technical problem: the flow advises keeping the eSIM installed until support has looked at it. */
  technical?: boolean;
}

/** The values of the default reasons; each has a label in every catalogue. */
export type DefaultReason =
  | 'device_lost'
  | 'changed_device'
  | 'no_longer_needed'
  | 'switching_provider'
  | 'wrong_plan'
  | 'device_not_compatible'
  | 'installation_failed'
  | 'no_coverage'
  | 'poor_connection'
  | 'other';

export const DEFAULT_REASONS: readonly CancelReason[] = [
  { value: 'device_lost' },
  { value: 'changed_device' },
  { value: 'no_longer_needed' },
  { value: 'switching_provider' },
  { value: 'wrong_plan' },
  { value: 'device_not_compatible' },
  { value: 'installation_failed', technical: true },
  { value: 'no_coverage', technical: true },
  { value: 'poor_connection', technical: true },
  { value: 'other', requiresNote: true },
];
