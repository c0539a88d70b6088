import { css, unsafeCSS } from 'lit';

/*
 * The design tokens. Every public `--esim-*` property falls back to a literal; the elements only read
 * the private `--_*` copies, so a host can set a token on any ancestor (or on the element, per theme:
 * `esim-list[theme='dark'] { --esim-color-primary: … }`). Each colour default is
 * `light-dark(light, dark)`: the `theme` attribute only sets `color-scheme` (`auto` is `light dark`,
 * which follows the user's preference), so one token set serves every theme. Browsers without
 * light-dark() (before Chrome 123, Safari 17.5, Firefox 120) get the light colours rather than none.
 *
 * The colour tokens are written out from one table (name, light default, dark default): twice
 * spelled out, with and without light-dark(), they cost the first paint ~150 B more.
 */
const COLOURS = `
surface #fff #16181d
surface-alt #f4f5f7 #20232a
text #1a1d23 #eef0f3
text-muted #555b66 #b3b9c4
border #c9ced6 #4a505c
primary #1f5fd1 #8ab4ff
on-primary #fff #0b1a33
danger #b42318 #ff9b8f
on-danger #fff #3a0905
success #17663a #7fd6a0
warning #8a5300 #ffc46b
info #1f5fd1 #8ab4ff
focus #1f5fd1 #8ab4ff
danger-soft #fdecea #3a1714
warning-soft #fff4e0 #35270f
success-soft #e6f4ea #12301e
info-soft #e8effc #172641
skeleton #e3e6eb #2b2f37`;

/** Every colour token's private copy: `light-dark()` of its defaults, or the light one alone. */
const colours = (dark: boolean): string =>
  COLOURS.replace(
    /(\S+) (\S+) (\S+)\s*/g,
    (_, name: string, light: string, night: string) =>
      `--_${name}:var(--esim-color-${name},${dark ? `light-dark(${light},${night})` : light});`,
  );

export const themeStyles = [
  // unsafeCSS: the text is made from the constant table above, never from a host's input.
  unsafeCSS(`:host{${colours(true)}}@supports not (color:light-dark(#000,#fff)){:host{${colours(false)}}}`),
  css`
    :host {
      --_radius: var(--esim-radius, 0.5rem);
      --_radius-s: var(--esim-radius-s, 0.25rem);
      --_space-xs: var(--esim-spacing-xs, 0.25rem);
      --_space-s: var(--esim-spacing-s, 0.5rem);
      --_space-m: var(--esim-spacing-m, 0.75rem);
      --_space-l: var(--esim-spacing-l, 1.25rem);
      --_font-size-s: var(--esim-font-size-s, 0.875rem);
      --_font-size-l: var(--esim-font-size-l, 1.25rem);
      color-scheme: light;
      display: block;
      box-sizing: border-box;
      color: var(--_text);
      font-family: var(--esim-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', sans-serif);
      font-size: var(--esim-font-size, 1rem);
      line-height: 1.5;
      /* The wrapping half of the text-isolation rule (see isolate.ts): a 10,000-character plan name or
       * an unbroken 422 detail breaks where it must instead of scrolling the page sideways at 320 px. */
      overflow-wrap: anywhere;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
    :host([theme='auto']) {
      color-scheme: light dark;
    }
    /* Browsers without light-dark() (before Chrome 123, Safari 17.5, Firefox 120) get the light theme
   * rather than no colours at all. */
    :host([hidden]) {
      display: none;
    }
    *,
    ::before,
    ::after {
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
      padding: 0;
      border: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
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
      padding: var(--_space-s) var(--_space-l);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      cursor: pointer;
      font-weight: 600;
    }
    .btn-primary {
      border-color: var(--_primary);
      background: var(--_primary);
      color: var(--_on-primary);
    }
    .btn-danger {
      border-color: var(--_danger);
      background: var(--_danger);
      color: var(--_on-danger);
    }
    .btn-link {
      border-color: transparent;
      background: none;
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
    .icon {
      flex: none;
      inline-size: 1em;
      block-size: 1em;
    }
    .hint {
      margin: 0;
      color: var(--_text-muted);
      font-size: var(--_font-size-s);
    }
    .status {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-xs);
      padding: 0.125rem var(--_space-s);
      border: 1px solid transparent;
      border-radius: 1rem;
      background: var(--_surface-alt);
      color: var(--_text-muted);
      font-size: var(--_font-size-s);
      font-weight: 600;
    }
    [data-tone='success'] {
      background: var(--_success-soft);
      color: var(--_success);
    }
    [data-tone='info'] {
      background: var(--_info-soft);
      color: var(--_info);
    }
    [data-tone='warning'] {
      background: var(--_warning-soft);
      color: var(--_warning);
    }
    [data-tone='danger'] {
      background: var(--_danger-soft);
      color: var(--_danger);
    }
    .spinner {
      display: inline-block;
      inline-size: 1em;
      block-size: 1em;
      border: 2px solid;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: esim-spin 0.8s linear infinite;
    }
    @keyframes esim-spin {
      to {
        rotate: 1turn;
      }
    }
    /* No motion at all: the busy button's label ("Submitting…") already says what is happening. */
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }
    @media (forced-colors: active) {
      .btn {
        border: 1px solid ButtonText;
      }
      .status {
        border-color: CanvasText;
      }
      /* Forced colours would repaint the label ButtonText on the author's ButtonText box (unreadable):
       * these buttons pick their system colour pair themselves, Highlight for the main action. */
      .btn-primary,
      .btn-danger {
        forced-color-adjust: none;
        border-color: ButtonText;
        background: Highlight;
        color: HighlightText;
      }
      .btn-primary[disabled],
      .btn-danger[disabled],
      .btn-primary[aria-disabled='true'],
      .btn-danger[aria-disabled='true'] {
        border-color: GrayText;
        background: ButtonFace;
        color: GrayText;
      }
      :focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
