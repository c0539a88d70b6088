import { css } from 'lit';

export const flowStyles = css`
  .base {
    --_gap: var(--esim-flow-gap, var(--_space-m));
    display: grid;
    gap: var(--_gap);
    max-inline-size: var(--esim-flow-max-inline-size, 40rem);
    padding: var(--esim-flow-padding, var(--_space-l));
    border: var(--esim-flow-border, 1px solid var(--_border));
    border-radius: var(--esim-flow-radius, var(--_radius));
    background: var(--esim-flow-background, var(--_surface));
  }
  p,
  dl,
  ul,
  .body > .field {
    margin: 0;
  }
  .header,
  .body {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .header {
    gap: var(--_space-xs);
  }
  .progress,
  .muted,
  .support,
  .choice-detail {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .bar {
    display: flex;
    gap: var(--_space-xs);
    margin: 0 0 var(--_space-s);
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
    margin: 0;
    font-size: var(--esim-flow-heading-size, var(--_font-size-l));
    line-height: 1.3;
  }
  .summary {
    display: grid;
    grid-template-columns: minmax(6rem, 38%) 1fr;
    gap: var(--_space-xs) var(--_space-m);
    overflow-wrap: anywhere;
  }
  .summary + .summary {
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }
  .summary div {
    display: contents;
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    margin: 0;
  }
  .reference {
    font-family: ui-monospace, Menlo, monospace;
    font-weight: 700;
  }
  .summary .btn {
    min-block-size: 0;
    padding: 0 var(--_space-xs);
  }
  .choices {
    display: grid;
    gap: var(--_space-s);
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
  .choice[data-disabled] {
    cursor: default;
    background: var(--_surface-alt);
  }
  .choice input,
  .check input {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0.2rem 0 0;
    accent-color: var(--_primary);
  }
  .choice-text {
    display: grid;
    gap: 0.125rem;
  }
  .choice-label {
    font-weight: 600;
  }
  .choice-detail {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    align-items: center;
  }
  .why-not {
    flex-basis: 100%;
    color: var(--_text);
  }
  .check label {
    display: flex;
    gap: var(--_space-s);
    font-weight: 400;
  }
  #f-lastFour {
    inline-size: 8ch;
    letter-spacing: 0.2em;
  }
  .warnings,
  .notice,
  .confirm-box {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_info);
    border-radius: var(--_radius-s);
    background: var(--_info-soft);
  }
  .warnings {
    border-color: var(--_warning);
    background: var(--_warning-soft);
    list-style: none;
  }
  .warnings li {
    display: flex;
    gap: var(--_space-s);
  }
  .warnings .icon {
    margin-block-start: 0.25rem;
    color: var(--_warning);
  }
  .confirm-box {
    border-color: var(--_danger);
    background: var(--_danger-soft);
  }
  .body .actions {
    margin: 0;
  }
  .failure {
    display: grid;
    gap: var(--_space-s);
    color: var(--_text);
  }
  .failure::before {
    content: none;
  }
  .failure > p:first-child {
    color: var(--_danger);
    font-weight: 600;
  }
  .loading {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
  }
  .footer,
  .end,
  .support,
  .support-links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .footer {
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_border);
  }
  .end {
    margin-inline-start: auto;
  }
  @media (forced-colors: active) {
    .bar li,
    .notice,
    .confirm-box,
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
    .footer,
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
