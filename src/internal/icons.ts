import { html, type TemplateResult } from 'lit';

/* A deliberately small icon set (16 px grid, stroked with currentColor so forced-colors mode and the
 * theme tokens colour them; `.icon` in the theme styles sizes them to the text). Each is only a
 * path: one shared <svg> template keeps the bundle lean (a path inside an html template's <svg> is
 * parsed as SVG, so no `svg` tag is needed). */
const RING = 'M8 1.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13Z';
const PATHS = {
  'check-circle': `${RING}M5 8.2l2 2l4-4.2`,
  'arrow-circle': `${RING}M8 4.5v6M5.5 8l2.5 2.5L10.5 8`,
  clock: `${RING}M8 4.5V8l2.5 1.5`,
  alert: 'M8 1.8L15 14H1ZM8 6.2v3.3M8 11.4v.6',
  'x-circle': `${RING}M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8`,
  question: `${RING}M6.2 6.3a1.9 1.9 0 1 1 2.6 1.7c-.5.3-.8.6-.8 1.2v.3M8 11.4v.6`,
  copy: 'M5.5 5.5h7.5v8.5H5.5ZM3 10.5V2h7.5',
  check: 'M3 8.5l3.2 3.2L13 4.5',
} as const;

export type IconName = keyof typeof PATHS;

/** A decorative icon: hidden from assistive technology, so the text next to it must say the same. */
export function icon(name: IconName): TemplateResult {
  return html`<svg
    class="icon"
    viewBox="0 0 16 16"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    stroke-width="1.6"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    <path d=${PATHS[name]}></path>
  </svg>`;
}
