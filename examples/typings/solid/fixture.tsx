// Solid: the tags type-check through the generated typings (esim-elements/solid). Each
// `@ts-expect-error` line must be an error: the check fails when one compiles.
// #region solid
import 'esim-elements';
import type {} from 'esim-elements/solid';
import type { Cancellation } from 'esim-elements';

// Attributes as in HTML, properties with `prop:`, events with `on:`, all typed.
export const CancelPage = (props: { esimId: string; done: (c: Cancellation) => void }) => (
  <esim-cancel-flow
    api-base="/api/esim"
    esim-id={props.esimId}
    prop:reasons={[{ value: 'changed_device' }, { value: 'other', requiresNote: true }]}
    on:esim-cancel-complete={(e) => props.done(e.detail.cancellation)}
  />
);
// #endregion solid

export const mustNotCompile = [
  // @ts-expect-error a handler expecting another detail type
  <esim-cancel-flow on:esim-cancel-step={(e: CustomEvent<{ cancellation: string }>) => e} />,
  // @ts-expect-error reasons is a list
  <esim-cancel-flow prop:reasons="device_lost" />,
  // @ts-expect-error kind is cancellation or withdrawal
  <esim-cancel-declaration kind="refund" />,
];
