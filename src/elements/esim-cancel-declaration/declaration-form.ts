/**
 * The declaration's form, without the DOM: its fields, what the customer must fix, and the request
 * it becomes. Only what the rules allow is asked (BGB §312k: identification, the contract, the type
 * of cancellation and when it takes effect; a reason only for an extraordinary cancellation).
 */
import type { DeclarationKind, DeclarationRequest } from '../../api/declaration-schemas.js';
import { DECLARATION_FIELD_MAX, NOTE_MAX } from '../../api/limits.js';
import { isEmail } from '../../internal/email.js';

export interface DeclarationForm {
  name: string;
  email: string;
  iccid: string;
  orderReference: string;
  /** Cancellation only: ordinary (false) or extraordinary (true). */
  extraordinary: boolean;
  /** Cancellation only, extraordinary only. */
  reason: string;
  /** Cancellation only. */
  effective: 'asap' | 'date';
  /** `YYYY-MM-DD`, when `effective` is `date`. */
  effectiveDate: string;
}

export type DeclarationField = keyof DeclarationForm;

/** What is wrong with a field: the key of its message. */
export type DeclarationProblem = 'name' | 'email' | 'long' | 'contract' | 'iccid' | 'date';

export type DeclarationProblems = Partial<Record<DeclarationField, DeclarationProblem>>;

export const emptyForm = (): DeclarationForm => ({
  name: '',
  email: '',
  iccid: '',
  orderReference: '',
  extraordinary: false,
  reason: '',
  effective: 'asap',
  effectiveDate: '',
});

/** An ICCID as typed (spaces and dashes, as printed on cards and in emails) → its digits. */
export const iccidDigits = (typed: string): string => typed.replace(/[\s-]+/g, '');

/** Today in the customer's calendar, `YYYY-MM-DD` (the earliest date a cancellation may take effect). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real calendar date `YYYY-MM-DD` (the date input gives one, or nothing). */
const isDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
  return date.toISOString().startsWith(value);
};

/** The fields this kind of declaration shows, in order. */
export function fieldsOf(kind: DeclarationKind, form: DeclarationForm): DeclarationField[] {
  const fields: DeclarationField[] = ['name', 'email', 'iccid', 'orderReference'];
  if (kind === 'withdrawal') return fields;
  fields.push('extraordinary');
  if (form.extraordinary) fields.push('reason');
  fields.push('effective');
  if (form.effective === 'date') fields.push('effectiveDate');
  return fields;
}

/** What the customer must fix before sending; empty when the form can go. */
export function problemsOf(kind: DeclarationKind, form: DeclarationForm, now = new Date()): DeclarationProblems {
  const problems: DeclarationProblems = {};
  const shown = new Set(fieldsOf(kind, form));
  if (!form.name.trim()) problems.name = 'name';
  else if (form.name.trim().length > DECLARATION_FIELD_MAX) problems.name = 'long';
  if (!isEmail(form.email.trim())) problems.email = 'email';
  const iccid = iccidDigits(form.iccid);
  const reference = form.orderReference.trim();
  if (iccid && !/^\d{18,22}$/.test(iccid)) problems.iccid = 'iccid';
  if (reference.length > DECLARATION_FIELD_MAX) problems.orderReference = 'long';
  if (!iccid && !reference) problems.iccid = 'contract';
  if (shown.has('reason') && form.reason.trim().length > NOTE_MAX) problems.reason = 'long';
  if (shown.has('effectiveDate') && !(isDate(form.effectiveDate) && form.effectiveDate >= today(now))) problems.effectiveDate = 'date';
  return problems;
}

/** The request the form sends: only the fields its kind shows, trimmed; nothing empty. */
export function requestOf(kind: DeclarationKind, form: DeclarationForm): DeclarationRequest {
  const iccid = iccidDigits(form.iccid);
  const orderReference = form.orderReference.trim();
  const cancellation = kind === 'cancellation';
  const extraordinary = cancellation && form.extraordinary;
  const reason = extraordinary ? form.reason.trim() : '';
  const onDate = cancellation && form.effective === 'date';
  return {
    kind,
    name: form.name.trim(),
    email: form.email.trim(),
    ...(iccid ? { iccid } : {}),
    ...(orderReference ? { orderReference } : {}),
    ...(cancellation ? { extraordinary } : {}),
    ...(reason ? { reason } : {}),
    // A withdrawal takes effect when it is received.
    effective: onDate ? 'date' : 'asap',
    ...(onDate ? { effectiveDate: form.effectiveDate } : {}),
  };
}

/** The backend's 422 field names → the field that shows the message. */
export const SERVER_FIELDS: Readonly<Record<string, DeclarationField>> = {
  name: 'name',
  email: 'email',
  iccid: 'iccid',
  orderReference: 'orderReference',
  reason: 'reason',
  effectiveDate: 'effectiveDate',
  effective: 'effective',
  extraordinary: 'extraordinary',
};
