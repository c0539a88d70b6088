import { css } from 'lit';

/* The theme (tokens, buttons, badges, spinner) and the form styles come first; this adds the flow's layout. */
export const flowStyles = css`
  .base {
    --_gap: var(--esim-flow-gap, var(--_space-m));
    max-inline-size: var(--esim-flow-max-inline-size, 40rem);
    padding: var(--esim-flow-padding, var(--_space-l));
    border: var(--esim-flow-border, 1px solid var(--_border));
    border-radius: var(--esim-flow-radius, var(--_radius));
    background: var(--esim-flow-background, var(--_surface));
  }
  .base,
  .body,
  header,
  .choices,
  .choice > span,
  .warnings,
  .notice,
  .failure {
    display: grid;
    gap: var(--_space-s);
  }
  .base,
  .body {
    gap: var(--_gap);
    min-inline-size: 0;
  }
  header,
  .choice > span {
    gap: var(--_space-xs);
  }
  p,
  dl,
  ol,
  ul,
  dd,
  h2,
  .body .actions,
  .body > .field {
    margin: 0;
  }
  .progress,
  .support,
  small,
  dt {
    color: var(--_text-muted);
  }
  .progress,
  .support,
  small {
    font-size: var(--_font-size-s);
  }
  .bar {
    margin-block-end: var(--_space-xs);
    display: flex;
    gap: var(--_space-xs);
    padding: 0;
    list-style: none;
  }
  .bar li {
    flex: 1;
    block-size: 0.25rem;
    border-radius: 1rem;
    background: var(--_border);
  }
  .bar [data-done] {
    background: var(--esim-flow-progress-color, var(--_primary));
  }
  h2 {
    font-size: var(--esim-flow-heading-size, var(--_font-size-l));
    line-height: 1.3;
  }
  .summary {
    display: grid;
    grid-template-columns: minmax(6rem, 38%) 1fr;
    gap: var(--_space-xs) var(--_space-m);
    overflow-wrap: anywhere;
  }
  .reference {
    font:
      700 1em ui-monospace,
      monospace;
  }
  .summary .btn {
    min-block-size: 0;
    padding: 0 var(--_space-xs);
  }
  .choices {
    padding: 0;
    border: 0;
  }
  .choice {
    display: flex;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 400;
    cursor: pointer;
  }
  .choice:has(:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  /* An eSIM that cannot be chosen looks it, beyond the greyed radio (which is easy to miss). */
  .choice:has(:disabled) {
    cursor: default;
    background: var(--_surface-alt);
  }
  /* Larger than the browser's 13 px: a finger on a phone hits them. */
  .choice input,
  .check input {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0.2rem 0 0;
    accent-color: var(--_primary);
  }
  small,
  .check label,
  .warnings li,
  footer,
  footer > span,
  .support,
  .links,
  .loading {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .check label {
    flex-wrap: nowrap;
    align-items: start;
    font-weight: 400;
  }
  #f-lastFour {
    inline-size: 8ch;
  }
  .warnings,
  .notice {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_info);
    border-radius: var(--_radius-s);
    background: var(--_info-soft);
    list-style: none;
  }
  .warnings {
    border-color: var(--_warning);
    background: var(--_warning-soft);
  }
  .warnings li {
    flex-wrap: nowrap;
    align-items: start;
  }
  .warnings .icon {
    margin-block-start: 0.25em;
    color: var(--_warning);
  }
  .ask {
    border-color: var(--_danger);
    background: var(--_danger-soft);
  }
  .failure::before {
    content: none;
  }
  footer {
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_border);
  }
  footer > span {
    margin-inline-start: auto;
  }
  @media (forced-colors: active) {
    .bar li,
    .notice,
    .warnings {
      border: 1px solid CanvasText;
    }
    .bar [data-done] {
      background: Highlight;
    }
    .choice:has(:checked) {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .no-print,
    footer,
    .bar,
    .support {
      display: none;
    }
    .base {
      border: 0;
      padding: 0;
    }
  }
`;
