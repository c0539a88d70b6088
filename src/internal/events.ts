import type { EsimEventName } from './event-types.js';

/** The events a listener may veto with `preventDefault()`, declared once; every other event is not cancelable. */
const CANCELABLE: readonly EsimEventName[] = [
  'esim-cancel-submit',
  'esim-cancel-request',
  'esim-auth-required',
  'esim-cancel-alternative-select',
];

/** The detail an event carries, from its entry in `GlobalEventHandlersEventMap`. */
export type EsimEventDetail<K extends EsimEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Fires one of our events as a composed, bubbling `CustomEvent` (cancelable when the event is);
 * returns false when a listener called `preventDefault()`.
 */
export function emit<K extends EsimEventName>(target: EventTarget, name: K, detail: EsimEventDetail<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: CANCELABLE.includes(name) }));
}
