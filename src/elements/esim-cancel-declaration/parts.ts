/**
 * The declaration's CSS parts, once: `<esim-cancel-flow>` re-exports them from the withdrawal
 * declaration it shows (under the same names as its own, `base` as `declaration`), and `<esim-list>`
 * with the flow's. Keep in step with the `@csspart` list on EsimCancelDeclaration.
 */
export const DECLARATION_PARTS: readonly string[] = (
  'base header heading body intro form field label input hint choice error notice actions button submit-button summary ' +
  'reference save-button print-button'
).split(' ');
