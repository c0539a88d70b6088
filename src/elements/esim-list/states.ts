/** The list's states other than rows: loading skeleton, empty, error and signed-out messages, retry buttons. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogue } from '../../i18n/en.js';
import { icon } from '../../internal/icons.js';

/**
 * The error, empty and signed-out states, and the error banners above or below rows (class
 * `banner`). Only errors are announced; the others can take focus.
 */
export function stateMessage(
  part: 'error' | 'empty' | 'signed-out',
  title: string,
  body: string,
  action: unknown = nothing,
): TemplateResult {
  const error = part === 'error';
  return html`<div part=${part} class="state ${error ? 'banner' : ''}" role=${error ? 'alert' : nothing} tabindex=${error ? nothing : -1}>
    <h2>${error ? icon('alert') : nothing} ${title}</h2>
    <p>${body}</p>
    ${action}
  </div>`;
}

/** "Try again": disabled (but focusable and announced) while `waiting` for a `Retry-After`. */
export function retryButton(t: Catalogue, waiting: () => boolean, retry: () => unknown, primary = false): TemplateResult {
  return html`<button
    class="btn ${primary ? 'btn-primary' : ''}"
    part="retry-button"
    aria-disabled=${waiting()}
    @click=${() => waiting() || retry()}
  >
    ${t.retry}
  </button>`;
}

export function skeleton(t: Catalogue): TemplateResult {
  return html`<div class="skeletons" aria-hidden="true">
      ${[0, 1, 2].map(() => html`<div part="skeleton" class="skeleton"><i></i><i></i><i></i></div>`)}
    </div>
    <p class="visually-hidden" tabindex="-1">${t.listLoading}</p>`;
}
