import { css } from 'lit';

/* The theme (tokens, buttons, badges, spinner), the form styles and the panel (src/internal/panel.styles.ts) come first; this adds the flow's own parts: progress bar, warnings, footer. */
export const flowStyles = css`
  .base {
    --_panel-gap: var(--esim-flow-gap);
    --_panel-max-inline-size: var(--esim-flow-max-inline-size);
    --_panel-padding: var(--esim-flow-padding);
    --_panel-border: var(--esim-flow-border);
    --_panel-radius: var(--esim-flow-radius);
    --_panel-background: var(--esim-flow-background);
    --_panel-heading-size: var(--esim-flow-heading-size);
  }
  /* The withdrawal declaration sits inside the flow's panel: no panel of its own. */
  esim-cancel-declaration {
    --esim-declaration-border: 0;
    --esim-declaration-padding: 0;
  }
  .alternatives {
    display: grid;
    gap: var(--_space-m);
    padding: 0;
    list-style: none;
  }
  .alternative {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .alternative h3 {
    margin: 0;
    font-size: 1rem;
  }
  .alternative ol {
    display: grid;
    gap: var(--_space-xs);
    padding-inline-start: 1.25rem;
  }
  .alternative .actions {
    margin: 0;
  }
  a.btn {
    text-decoration: none;
  }
  .warnings {
    display: grid;
    gap: var(--_space-s);
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
  .summary .btn {
    min-block-size: 0;
    padding: 0 var(--_space-xs);
  }
  /* An eSIM that cannot be chosen looks it, beyond the greyed radio (which is easy to miss). */
  .choice:has(:disabled) {
    cursor: default;
    background: var(--_surface-alt);
  }
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
  .warnings {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_warning);
    border-radius: var(--_radius-s);
    background: var(--_warning-soft);
    list-style: none;
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
  footer {
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_border);
  }
  footer > span {
    margin-inline-start: auto;
  }
  @media (forced-colors: active) {
    .bar li,
    .warnings,
    .alternative {
      border: 1px solid CanvasText;
    }
    .bar [data-done] {
      background: Highlight;
    }
  }
  @media print {
    .bar {
      display: none;
    }
  }
`;
