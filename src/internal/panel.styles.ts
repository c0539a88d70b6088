import { css } from 'lit';

/**
 * The card layout `<esim-cancel-flow>` and `<esim-cancel-declaration>` share: the bordered panel with
 * its heading, body and footer, summaries (description lists), radio choices, notices, and what
 * printing leaves out. Each element's `--esim-flow-*` / `--esim-declaration-*` properties set
 * `--_panel-*` on its `.base`.
 */
export const panelStyles = css`
  .base {
    --_gap: var(--_panel-gap, var(--_space-m));
    max-inline-size: var(--_panel-max-inline-size, 40rem);
    padding: var(--_panel-padding, var(--_space-l));
    border: var(--_panel-border, 1px solid var(--_border));
    border-radius: var(--_panel-radius, var(--_radius));
    background: var(--_panel-background, var(--_surface));
  }
  .base,
  .body,
  header,
  .choices,
  .choice > span,
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
  h2 {
    font-size: var(--_panel-heading-size, var(--_font-size-l));
    line-height: 1.3;
  }
  .summary {
    display: grid;
    grid-template-columns: minmax(6rem, 38%) 1fr;
    gap: var(--_space-xs) var(--_space-m);
    overflow-wrap: anywhere;
  }
  /* Long labels (German compounds) break at syllables, not anywhere. */
  .summary dt {
    hyphens: auto;
  }
  .reference {
    font:
      700 1em ui-monospace,
      monospace;
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
  /* A choice's detail reads as text, not as a label (a field's label is bold). */
  .field .choice {
    font-weight: 400;
  }
  .choice:has(:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  /* Larger than the browser's 13 px: a finger on a phone hits them. */
  .choice input {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0.2rem 0 0;
    accent-color: var(--_primary);
  }
  .notice {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_info);
    border-radius: var(--_radius-s);
    background: var(--_info-soft);
    list-style: none;
  }
  .failure::before {
    content: none;
  }
  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
    }
    .choice:has(:checked) {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .no-print,
    footer,
    .support {
      display: none;
    }
    .base {
      border: 0;
      padding: 0;
    }
  }
`;
