/**
 * The flow's CSS parts, once: `<esim-list>` re-exports each with a `flow-` prefix from the dialog it
 * opens the flow in. Keep in step with the `@csspart` list on EsimCancelFlow.
 */
export const FLOW_PARTS: readonly string[] = (
  'base header progress heading body footer button back-button close-button next-button submit-button retry-button ' +
  'more-button check-button withdraw-button withdraw-confirm-button withdraw-cancel-button copy-button print-button ' +
  'save-button other-esim-button field label input choice error summary warning notice reference status support sign-in actions link-button ' +
  'withdrawal withdraw-instead-button declaration intro form hint alternatives alternative alternative-title alternative-action continue-button'
).split(' ');
