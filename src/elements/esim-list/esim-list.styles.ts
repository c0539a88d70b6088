import { css } from 'lit';

/*
 * Cards by default (a phone, a narrow sidebar), columns once the element itself is wide enough:
 * container queries on the host, so the layout follows the space the reseller gives the list, not
 * the window. Logical properties throughout, so `dir="rtl"` mirrors everything. Buttons, badges
 * (`.status`) and hints come from the theme styles.
 */
export const listStyles = css`
  :host {
    container-type: inline-size;
    --_gap: var(--esim-list-gap, var(--_space-m));
    --_row-border: 1px solid var(--esim-list-row-border, var(--_border));
    --_row-radius: var(--esim-list-row-radius, var(--_radius));
    --_row-background: var(--esim-list-row-background, var(--_surface));
  }
  .base,
  .list,
  .skeletons {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .label,
  .count {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .count,
  .updated {
    flex: 1 0 100%;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }
  .toolbar .field {
    flex: 1 1 12rem;
    margin: 0;
  }
  .filter {
    max-inline-size: 16rem;
  }
  .search-box {
    position: relative;
    display: block;
  }
  .search-box .icon {
    position: absolute;
    inset: 0 auto;
    margin: auto var(--_space-m);
    color: var(--_text-muted);
  }
  .search input {
    padding-inline-start: calc(var(--_space-m) * 2 + 1em);
  }

  .list {
    position: relative;
  }
  .row,
  .skeleton {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-s);
    padding: var(--esim-list-row-padding, var(--_space-m));
    border: var(--_row-border);
    border-radius: var(--_row-radius);
    background: var(--_row-background);
    font-variant-numeric: tabular-nums;
  }
  .row[data-pinned] {
    position: absolute;
    inset-inline: 0;
  }
  .row > *,
  .iccid,
  .state-cell,
  .usage {
    display: flex;
    flex-flow: column;
    gap: 0.125rem var(--_space-s);
    min-inline-size: 0;
  }
  .iccid,
  .state-cell,
  .usage {
    flex-flow: wrap;
    align-items: center;
  }
  .name {
    font-size: 1.0625rem;
    font-weight: 650;
    line-height: 1.3;
  }
  .name,
  .plan {
    overflow-wrap: anywhere;
  }
  .plan,
  .iccid {
    color: var(--_text-muted);
  }
  .mask,
  .iccid-full {
    color: var(--_text);
    white-space: nowrap;
  }
  .iccid-full {
    user-select: all;
    font-family: ui-monospace, monospace;
  }
  .copy {
    min-block-size: 2rem;
    padding-block: 0;
    font-size: var(--_font-size-s);
    text-decoration: none;
  }
  .copy:hover {
    border-color: var(--_border);
  }
  .install {
    font-size: var(--_font-size-s);
  }
  .meter {
    flex: 1 0 100%;
    block-size: 0.5rem;
    border-radius: 1rem;
    background: var(--esim-list-meter-track, var(--_surface-alt));
    box-shadow: inset 0 0 0 1px var(--_border);
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_fill) * 100%);
    min-inline-size: 2px;
    background: var(--esim-list-meter-color, var(--_primary));
  }
  [data-high] .fill {
    background: var(--_warning);
  }
  [data-state='soon'] {
    color: var(--_warning);
    font-weight: 600;
  }
  [data-state='expired'] {
    color: var(--_text-muted);
  }
  .row .action {
    align-items: start;
    justify-content: center;
  }
  .action p {
    margin: 0;
  }
  .danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .danger:hover {
    background: var(--_danger-soft);
  }
  .cancellation {
    display: flex;
    gap: var(--_space-xs);
    color: var(--_warning);
    font-size: var(--_font-size-s);
    font-weight: 600;
  }
  .cancellation .icon {
    translate: 0 0.2em;
  }
  .cancellation .label {
    display: block;
    font-weight: 400;
  }

  /* Two columns once there is room: who the eSIM is beside what it is doing. */
  @container (inline-size >= 30rem) {
    .row {
      grid-template: 'i i' 's s' 'u d' 'a a' / minmax(0, 1fr) minmax(0, 1fr);
      column-gap: var(--_space-l);
    }
    .identity {
      grid-area: i;
    }
    .state-cell {
      grid-area: s;
    }
    .usage {
      grid-area: u;
    }
    .dates {
      grid-area: d;
    }
    .action {
      grid-area: a;
    }
  }

  /* A table-like row per eSIM when wide: one frame, rows divided by lines. */
  @container (inline-size >= 48rem) {
    .list {
      gap: 0;
      border: var(--_row-border);
      border-radius: var(--_row-radius);
      background: var(--_row-background);
    }
    .row {
      grid-template: 'i s u a' 'i d u a' / minmax(0, 1.7fr) minmax(0, 1.1fr) minmax(0, 1.2fr) minmax(8rem, 1fr);
      align-items: start;
      border: 0;
      background: none;
    }
    .row + .row {
      border-block-start: var(--_row-border);
    }
    .row .action {
      align-self: center;
    }
  }

  .state {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
    padding: var(--_space-l);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state:focus {
    outline: none;
  }
  .state > * {
    margin: 0;
  }
  .state h2 {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    font-size: var(--_font-size-l);
    line-height: 1.3;
  }
  [role='alert'].state {
    border: 1px solid var(--_danger);
  }
  .state .icon {
    color: var(--_danger);
  }
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_warning-soft);
  }
  .banner > .icon {
    color: var(--_warning);
  }
  .banner p {
    flex: 1 1 12rem;
    margin: 0;
  }
  .footer {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
  }
  .footer:empty {
    display: none;
  }
  .footer .banner {
    justify-self: stretch;
  }
  .sentinel {
    block-size: 1px;
    margin-block-start: calc(-1 * var(--_gap));
  }
  .skeleton i {
    block-size: 0.875rem;
    inline-size: 40%;
    border-radius: var(--_radius-s);
    background: var(--_skeleton);
    animation: esim-pulse 1.6s ease-in-out infinite;
  }
  .skeleton i:first-child {
    inline-size: 65%;
    block-size: 1.1rem;
  }
  .skeleton i:last-child {
    inline-size: 25%;
  }
  @keyframes esim-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton i {
      animation: none;
    }
  }

  .dialog {
    inline-size: min(40rem, 100vw - 1rem);
    max-block-size: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .dialog::backdrop {
    background: #0008;
  }
  .dialog-close {
    position: absolute;
    inset-block-start: var(--_space-xs);
    inset-inline-end: var(--_space-xs);
    z-index: 1;
    font-size: 1.5rem;
    text-decoration: none;
  }
  .discard {
    margin: var(--_space-l) var(--_space-l) 0;
    padding: var(--_space-m);
    border-radius: var(--_radius-s);
    background: var(--_warning-soft);
  }
  .discard :is(h2, p) {
    margin: 0;
    font-size: 1em;
  }

  @media (forced-colors: active) {
    .meter {
      forced-color-adjust: none;
      background: Canvas;
      box-shadow: inset 0 0 0 1px CanvasText;
    }
    .meter .fill {
      background: Highlight;
    }
    .skeleton i {
      forced-color-adjust: none;
      background: GrayText;
    }
  }
`;
