import { css } from 'lit';

/*
 * The design tokens. Every public `--esim-*` property falls back to a literal; the elements only read
 * the private `--_*` copies, so a host can set a token on any ancestor (or on the element, per theme:
 * `esim-list[theme='dark'] { --esim-color-primary: … }`).
 */
const light = css`
  --_surface: var(--esim-color-surface, #ffffff);
  --_surface-alt: var(--esim-color-surface-alt, #f4f5f7);
  --_text: var(--esim-color-text, #1a1d23);
  --_text-muted: var(--esim-color-text-muted, #555b66);
  --_border: var(--esim-color-border, #c9ced6);
  --_primary: var(--esim-color-primary, #1f5fd1);
  --_on-primary: var(--esim-color-on-primary, #ffffff);
  --_danger: var(--esim-color-danger, #b42318);
  --_on-danger: var(--esim-color-on-danger, #ffffff);
  --_success: var(--esim-color-success, #17663a);
  --_warning: var(--esim-color-warning, #8a5300);
  --_info: var(--esim-color-info, #1f5fd1);
  --_focus: var(--esim-color-focus, #1f5fd1);
  --_danger-soft: var(--esim-color-danger-soft, #fdecea);
  --_warning-soft: var(--esim-color-warning-soft, #fff4e0);
  --_success-soft: var(--esim-color-success-soft, #e6f4ea);
  --_info-soft: var(--esim-color-info-soft, #e8effc);
  --_skeleton: var(--esim-color-skeleton, #e3e6eb);
`;

const dark = css`
  --_surface: var(--esim-color-surface, #16181d);
  --_surface-alt: var(--esim-color-surface-alt, #20232a);
  --_text: var(--esim-color-text, #eef0f3);
  --_text-muted: var(--esim-color-text-muted, #b3b9c4);
  --_border: var(--esim-color-border, #4a505c);
  --_primary: var(--esim-color-primary, #8ab4ff);
  --_on-primary: var(--esim-color-on-primary, #0b1a33);
  --_danger: var(--esim-color-danger, #ff9b8f);
  --_on-danger: var(--esim-color-on-danger, #3a0905);
  --_success: var(--esim-color-success, #7fd6a0);
  --_warning: var(--esim-color-warning, #ffc46b);
  --_info: var(--esim-color-info, #8ab4ff);
  --_focus: var(--esim-color-focus, #8ab4ff);
  --_danger-soft: var(--esim-color-danger-soft, #3a1714);
  --_warning-soft: var(--esim-color-warning-soft, #35270f);
  --_success-soft: var(--esim-color-success-soft, #12301e);
  --_info-soft: var(--esim-color-info-soft, #172641);
  --_skeleton: var(--esim-color-skeleton, #2b2f37);
`;

export const themeStyles = css`
  :host {
    ${light}
    --_radius: var(--esim-radius, 0.5rem);
    --_radius-s: var(--esim-radius-s, 0.25rem);
    --_space-xs: var(--esim-spacing-xs, 0.25rem);
    --_space-s: var(--esim-spacing-s, 0.5rem);
    --_space-m: var(--esim-spacing-m, 0.75rem);
    --_space-l: var(--esim-spacing-l, 1.25rem);
    --_font: var(--esim-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_font-size: var(--esim-font-size, 1rem);
    --_font-size-s: var(--esim-font-size-s, 0.875rem);
    --_font-size-l: var(--esim-font-size-l, 1.25rem);
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-block-size: 2.75rem;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    font-weight: 600;
    text-decoration: none;
  }
  .btn-primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .btn-danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-danger);
  }
  .btn-link {
    border-color: transparent;
    background: transparent;
    color: var(--_primary);
    padding-inline: var(--_space-s);
    text-decoration: underline;
  }
  .btn[disabled],
  .btn[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  a {
    color: var(--_primary);
  }
  .spinner {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: esim-spin 0.8s linear infinite;
  }
  @keyframes esim-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
  @media (forced-colors: active) {
    .btn {
      border: 1px solid ButtonText;
    }
    .btn-primary,
    .btn-danger {
      background: ButtonText;
      color: ButtonFace;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
