import { css } from 'lit';

/*
 * Cards by default (a phone, a narrow sidebar), columns once the element itself is wide enough:
 * container queries on the host, so the layout follows the space the reseller gives the list, not
 * the window. Logical properties throughout, so `dir="rtl"` mirrors everything. Buttons, badges
 * (`.status`) and hints come from the theme styles. Grid tracks are plain `fr`: the cells have
 * `min-inline-size: 0`, so long text wraps instead of widening a column.
 */
export const listStyles = css`
  :host {
    container-type: inline-size;
    --_row-border: 1px solid var(--esim-list-row-border, var(--_border));
    --_row-radius: var(--esim-list-row-radius, var(--_radius));
    --_row-background: var(--esim-list-row-background, var(--_surface));
  }
  .base,
  .list,
  .skeletons {
    display: grid;
    gap: var(--esim-list-gap, var(--_space-m));
  }
  .count,
  .row p {
    margin: 0;
  }
  small,
  .count {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .count,
  .updated,
  .meter {
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

  .list {
    position: relative;
  }
  .row,
  .skeleton {
    display: grid;
    gap: var(--_space-s);
    padding: var(--esim-list-row-padding, var(--_space-m));
    border: var(--_row-border);
    border-radius: var(--_row-radius);
    background: var(--_row-background);
  }
  .row[data-pinned] {
    position: absolute;
    inset-inline: 0;
  }
  .row > *,
  .iccid {
    display: flex;
    flex-flow: column;
    gap: 0.125rem var(--_space-s);
    min-inline-size: 0;
    font-variant-numeric: tabular-nums;
  }
  .iccid,
  .state-cell,
  .usage {
    flex-flow: wrap;
    place-content: start;
    align-items: center;
  }
  .name {
    font-size: 1.0625rem;
    font-weight: 650;
    overflow-wrap: anywhere;
  }
  .iccid {
    color: var(--_text-muted);
    white-space: nowrap;
  }
  .iccid-full {
    user-select: all;
  }
  .copy {
    min-block-size: 2rem;
    padding-block: 0;
    font-size: var(--_font-size-s);
    text-decoration: none;
  }
  .meter {
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
  [data-soon] {
    color: var(--_warning);
    font-weight: 600;
  }
  .row .action {
    align-items: start;
    justify-content: center;
  }
  .danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .cancellation {
    display: flex;
    gap: var(--_space-xs);
    color: var(--_warning);
    font-size: var(--_font-size-s);
    font-weight: 600;
  }
  .cancellation small {
    display: block;
    font-weight: 400;
  }

  /* Two columns once there is room: who the eSIM is beside what it is doing. */
  @container (inline-size >= 30rem) {
    .row {
      grid-template-columns: 1fr 1fr;
      column-gap: var(--_space-l);
    }
    .row > * {
      grid-column: 1 / -1;
    }
    .usage,
    .dates {
      grid-column: auto;
    }
  }

  /* A table-like row per eSIM when wide: one frame, rows divided by lines. Identity, usage and
   * action span both lines; status sits above the dates. */
  @container (inline-size >= 48rem) {
    .list {
      gap: 0;
      border: var(--_row-border);
      border-radius: var(--_row-radius);
      background: var(--_row-background);
    }
    .row {
      grid: auto-flow dense / 1.7fr 1.1fr 1.2fr 1fr;
      border: 0;
      border-radius: 0;
      background: none;
    }
    .row + .row {
      border-block-start: var(--_row-border);
    }
    .row > * {
      grid-area: span 2 / auto;
    }
    .row > .state-cell,
    .row > .dates {
      grid-area: auto / 2;
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
    font-size: var(--_font-size-l);
  }
  [role='alert'].state {
    border: 1px solid var(--_danger);
  }
  .state .icon {
    color: var(--_danger);
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
  .skeleton i {
    block-size: 1rem;
    inline-size: 60%;
    border-radius: var(--_radius-s);
    background: var(--_skeleton);
    animation: esim-pulse 1.6s infinite;
  }
  .skeleton i + i {
    inline-size: 30%;
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
