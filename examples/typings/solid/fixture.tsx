// Solid: the tags type-check through the generated typings (esim-elements/solid). Each
// `@ts-expect-error` line must be an error: the check fails when one compiles.
import type {} from 'esim-elements/solid';
import type { Cancellation } from 'esim-elements';

export const ok = (done: (c: Cancellation) => void) => (
  <esim-cancel-flow api-base="/api/esim" esim-id="esim-1" on:esim-cancel-complete={(e) => done(e.detail.cancellation)} />
);

export const mustNotCompile = [
  // @ts-expect-error a handler expecting another detail type
  <esim-cancel-flow on:esim-cancel-step={(e: CustomEvent<{ cancellation: string }>) => e} />,
  // @ts-expect-error reasons is a list
  <esim-cancel-flow prop:reasons="device_lost" />,
  // @ts-expect-error kind is cancellation or withdrawal
  <esim-cancel-declaration kind="refund" />,
];
