/** One row of `<esim-list>`: what identifies an eSIM, its state, usage and validity, and its cancel action. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Cancellation, Esim } from '../../api/schemas.js';
import type { Catalogue } from '../../i18n/en.js';
import {
  cancellationStatusLabel,
  dataUsage,
  deviceName,
  displayName,
  esimLabel,
  ineligibleReasonText,
  installStateLabel,
  planBesideNickname,
  regionName,
  statusBadge,
  validity,
} from '../../internal/esim-display.js';
import { withdrawalUntil } from '../../internal/withdrawal.js';
import { formatDate, lastFour, maskIccid } from '../../internal/format.js';
import { icon } from '../../internal/icons.js';
import { isolate } from '../../internal/isolate.js';

export interface RowContext {
  t: Catalogue;
  /** BCP 47 locale for `Intl`. */
  locale: string;
  /** The eSIM whose ICCID was just copied. */
  copiedId?: string;
  /** The eSIM whose full ICCID is shown for selecting (the clipboard was refused). */
  revealedId?: string;
  /** An open request, once loaded (see CancellationCache). */
  cancellation: (id: string) => Cancellation | null | undefined;
  copy: (esim: Esim) => void;
  cancel: (esim: Esim) => void;
}

/** One row's content (the row element itself belongs to the virtual window). */
export function renderRow(c: RowContext, esim: Esim): TemplateResult {
  const { t } = c;
  const region = regionName(esim);
  const plan = planBesideNickname(esim) ?? '';
  const revealed = c.revealedId === esim.id;
  return html`<div>
      <span part="name" class="name">${displayName(esim)}</span>
      ${
        plan || region
          ? html`<span part="plan">${plan}${plan && region ? html`<span aria-hidden="true"> · </span>` : nothing}${region}</span>`
          : nothing
      }
      <span part="iccid" class="iccid">
        <small>${t.labelIccid}</small>
        ${
          revealed
            ? html`<span class="iccid-full" dir="ltr">${esim.iccid}</span>`
            : html`<span dir="ltr" aria-hidden="true">${maskIccid(esim.iccid)}</span
                ><span class="visually-hidden">${t.iccidEnding(lastFour(esim.iccid))}</span>`
        }
        ${copyButton(c, esim)}
      </span>
      ${revealed ? html`<span class="hint">${t.listCopyFallback}</span>` : nothing}
    </div>
    <div class="state-cell">
      ${statusBadge(t, esim.status)}
      <span part="install-state">${installStateLabel(t, esim.installState)}</span>
    </div>
    ${usageCell(c, esim)} ${datesCell(c, esim)}
    <div class="action">${actionCell(c, esim)}</div>`;
}

function copyButton(c: RowContext, esim: Esim): TemplateResult {
  const { t } = c;
  const copied = c.copiedId === esim.id;
  return html`<button
    part="copy-button"
    class="btn btn-link copy"
    aria-label=${copied ? nothing : t.listCopyLabel(esimLabel(t, esim))}
    @click=${() => c.copy(esim)}
  >
    ${icon(copied ? 'check' : 'copy')}${copied ? t.listCopied : t.listCopy}
  </button>`;
}

function usageCell(c: RowContext, esim: Esim): TemplateResult {
  const { t } = c;
  const usage = dataUsage(t, c.locale, esim);
  return html`<div part="usage" class="usage">
    <small>${t.labelData}</small>
    ${
      usage
        ? html`<span>${usage.amount}</span>
            ${
              usage.unlimited
                ? html`<span class="status">${t.dataUnlimited}</span>`
                : html`<span part="meter" class="meter" ?data-high=${(usage.fraction ?? 0) >= 0.9}
                    ><span class="fill" .style=${`--_fill:${usage.fraction}`}></span
                  ></span>`
            }
            <small class="updated">${usage.updated}</small>`
        : html`<span>${t.dataNone}</span>`
    }
  </div>`;
}

function datesCell(c: RowContext, esim: Esim): TemplateResult {
  const valid = validity(c.t, c.locale, esim);
  const device = deviceName(esim);
  const withdrawal = withdrawalUntil(esim);
  return html`<div class="dates">
    ${valid ? html`<span part="validity" ?data-soon=${valid.soon}>${valid.text}</span>` : nothing}
    ${withdrawal ? html`<span part="withdrawal">${c.t.listWithdrawUntil(formatDate(c.locale, withdrawal))}</span>` : nothing}
    ${device ? html`<span part="device"><small>${c.t.listDevice}</small> ${device}</span>` : nothing}
  </div>`;
}

/** An open request's status line, else the cancel button, else why the eSIM cannot be cancelled online. */
function actionCell(c: RowContext, esim: Esim): TemplateResult {
  const { t } = c;
  const requestId = esim.cancellation.openRequestId;
  if (requestId) {
    const request = c.cancellation(requestId);
    return html`<p part="cancellation" class="cancellation">
      ${icon('clock')}
      <span
        >${request ? t.cancellationLine(isolate(request.reference), cancellationStatusLabel(t, request.status)) : t.cancellationOpen}
        ${request?.expectedDecisionBy ? html`<small>${t.decisionBy(formatDate(c.locale, request.expectedDecisionBy))}</small>` : nothing}</span
      >
    </p>`;
  }
  if (esim.cancellation.eligible) {
    return html`<button
      part="cancel-button"
      class="btn danger"
      aria-label=${t.listCancelLabel(esimLabel(t, esim))}
      @click=${() => c.cancel(esim)}
    >
      ${t.listCancel}
    </button>`;
  }
  return html`<small part="ineligible-reason">${ineligibleReasonText(t, esim.cancellation.ineligibleReason)}</small>`;
}
