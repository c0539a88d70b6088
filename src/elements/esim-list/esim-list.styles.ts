import { css } from 'lit';

/*
 * Cards by default (a phone, a narrow sidebar), columns once the element itself is wide enough:
 * container queries on the host, so the layout follows the space the reseller gives the list, not
 * the window. Logical properties throughout, so `dir="rtl"` mirrors everything.
 */
export const listStyles = css`
  :host {
    container-type: inline-size;
    --_gap: var(--esim-list-gap, var(--_space-m));
    --_row-padding: var(--esim-list-row-padding, var(--_space-m));
    --_row-background: var(--esim-list-row-background, var(--_surface));
    --_row-border: var(--esim-list-row-border, var(--_border));
    --_row-radius: var(--esim-list-row-radius, var(--_radius));
    --_meter: var(--esim-list-meter-color, var(--_primary));
    --_meter-track: var(--esim-list-meter-track, var(--_surface-alt));
  }

  .base,
  .list,
  .skeletons {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  .label,
  .count,
  .end,
  .reason,
  .updated {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }
  .toolbar .field {
    margin: 0;
  }
  .toolbar .search {
    flex: 1 1 14rem;
  }
  .toolbar .filter {
    flex: 1 1 10rem;
    max-inline-size: 16rem;
  }
  .search-box {
    position: relative;
    display: block;
  }
  .search-box .icon {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: var(--_space-m);
    translate: 0 -50%;
    color: var(--_text-muted);
  }
  .toolbar .search input {
    padding-inline-start: calc(var(--_space-m) * 2 + 1em);
  }
  .count,
  .updated {
    flex: 1 0 100%;
  }

  /* Rows */
  .list {
    position: relative;
  }
  .list:focus {
    outline: none;
  }
  .list:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .row,
  .skeleton {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-s);
    padding: var(--_row-padding);
    border: 1px solid var(--_row-border);
    border-radius: var(--_row-radius);
    background: var(--_row-background);
  }
  .row[data-pinned] {
    position: absolute;
    inset-inline: 0;
  }
  .identity,
  .state-cell,
  .usage,
  .dates,
  .action {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-inline-size: 0;
  }
  .state-cell {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-m);
  }
  .name {
    font-size: 1.0625rem;
    font-weight: 650;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .plan {
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .iccid {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space-s);
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  .mask,
  .iccid-full {
    color: var(--_text);
    white-space: nowrap;
  }
  .iccid-full {
    user-select: all;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  .copy {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2rem;
    padding-block: 0;
    padding-inline: var(--_space-s);
    border: 1px solid transparent;
    border-radius: var(--_radius-s);
    background: transparent;
    color: var(--_primary);
    font-size: var(--_font-size-s);
    font-weight: 600;
    cursor: pointer;
  }
  .copy:hover {
    border-color: var(--_border);
  }
  .install {
    font-size: var(--_font-size-s);
  }

  .usage {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-s);
  }
  .amount {
    font-variant-numeric: tabular-nums;
  }
  .meter {
    display: block;
    flex: 1 0 100%;
    block-size: 0.5rem;
    margin-block: 0.25rem;
    border-radius: 999px;
    background: var(--_meter-track);
    box-shadow: inset 0 0 0 1px var(--_border);
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_fill, 0) * 100%);
    min-inline-size: 0.125rem;
    border-radius: inherit;
    background: var(--_meter);
  }
  .meter[data-level='high'] .fill {
    background: var(--_warning);
  }
  .unlimited {
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: var(--_font-size-s);
    font-weight: 600;
  }
  .validity[data-state='soon'] {
    color: var(--_warning);
    font-weight: 600;
  }
  .validity[data-state='expired'] {
    color: var(--_text-muted);
  }

  .action {
    align-items: flex-start;
    justify-content: center;
  }
  .action p {
    margin: 0;
  }
  .btn-danger-outline {
    border-color: var(--_danger);
    color: var(--_danger);
    background: var(--_surface);
  }
  .btn-danger-outline:hover {
    background: var(--_danger-soft);
  }
  .cancellation {
    display: flex;
    gap: var(--_space-xs);
    align-items: baseline;
    color: var(--_warning);
    font-size: var(--_font-size-s);
    font-weight: 600;
  }
  .cancellation .icon {
    translate: 0 0.15em;
  }
  .decision {
    display: block;
    color: var(--_text-muted);
    font-weight: 400;
  }

  /* Two columns once there is room: who the eSIM is beside what it is doing. */
  @container (inline-size >= 30rem) {
    .row {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas:
        'identity identity'
        'state state'
        'usage dates'
        'action action';
      column-gap: var(--_space-l);
    }
    .identity {
      grid-area: identity;
    }
    .state-cell {
      grid-area: state;
    }
    .usage {
      grid-area: usage;
    }
    .dates {
      grid-area: dates;
    }
    .action {
      grid-area: action;
    }
  }

  /* A table-like row per eSIM when wide: one frame, rows divided by lines. */
  @container (inline-size >= 48rem) {
    .list {
      gap: 0;
      border: 1px solid var(--_row-border);
      border-radius: var(--_row-radius);
      background: var(--_row-background);
    }
    .row {
      border: 0;
      border-radius: 0;
      background: none;
    }
    .row + .row {
      border-block-start: 1px solid var(--_row-border);
    }
    .row {
      grid-template-columns: minmax(0, 1.7fr) minmax(0, 1.1fr) minmax(0, 1.2fr) minmax(8rem, 1fr);
      grid-template-areas:
        'identity state usage action'
        'identity dates usage action';
      align-items: start;
    }
    .state-cell {
      align-self: start;
    }
    .action {
      align-self: center;
    }
  }

  /* States */
  .state {
    padding: var(--_space-l);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state:focus {
    outline: none;
  }
  .state p {
    margin-block: 0 var(--_space-m);
  }
  .state p:last-child {
    margin-block-end: 0;
  }
  .state-title {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    margin-block: 0 var(--_space-s);
    font-size: var(--_font-size-l);
    line-height: 1.3;
  }
  .state-error {
    border-style: solid;
    border-color: var(--_danger);
  }
  .state-error .state-title .icon {
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
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-s);
  }
  .footer:empty {
    display: none;
  }
  .footer .banner {
    align-self: stretch;
  }
  .sentinel {
    block-size: 1px;
    margin-block-start: calc(-1 * var(--_gap));
  }

  .bone {
    display: block;
    block-size: 0.875rem;
    inline-size: 40%;
    border-radius: var(--_radius-s);
    background: var(--_skeleton);
    animation: esim-pulse 1.6s ease-in-out infinite;
  }
  .bone.wide {
    inline-size: 65%;
    block-size: 1.1rem;
  }
  .bone.short {
    inline-size: 25%;
  }
  @keyframes esim-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .row,
    .skeleton,
    .state,
    .banner {
      border: 1px solid CanvasText;
    }
    .meter {
      forced-color-adjust: none;
      background: Canvas;
      box-shadow: inset 0 0 0 1px CanvasText;
    }
    .fill,
    .meter[data-level='high'] .fill {
      background: Highlight;
    }
    .bone {
      background: GrayText;
      forced-color-adjust: none;
    }
    .copy,
    .btn-danger-outline {
      border: 1px solid ButtonText;
      color: ButtonText;
    }
  }
`;
