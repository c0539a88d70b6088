import type { EsimEventName } from './event-types.js';

/** Whether a listener may veto the event with `preventDefault()`: declared once per event. */
const CANCELABLE = {
  'esim-cancel-step': false,
  'esim-cancel-submit': true,
  'esim-cancel-submitted': false,
  'esim-cancel-status': false,
  'esim-cancel-complete': false,
  'esim-cancel-close': false,
  'esim-cancel-request': true,
  'esim-list-load': false,
  'esim-auth-required': true,
  'esim-error': false,
} as const satisfies Record<EsimEventName, boolean>;

/** The detail an event carries, from its entry in `GlobalEventHandlersEventMap`. */
export type EsimEventDetail<K extends EsimEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Fires one of our events as a composed, bubbling `CustomEvent` (cancelable when the event is);
 * returns false when a listener called `preventDefault()`.
 */
export function emit<K extends EsimEventName>(target: EventTarget, name: K, detail: EsimEventDetail<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: CANCELABLE[name] }));
}
