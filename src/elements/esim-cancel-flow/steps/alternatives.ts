import { html, nothing } from 'lit';
import { isolate } from '../../../internal/isolate.js';
import { isFromHost, type CancelAlternative } from '../alternatives.js';
import { button, type StepContext, type StepView } from './shared.js';

/**
 * `alternatives`: what could solve the customer's problem without cancelling, each with its one
 * action (a link, or keeping the eSIM), and "Continue cancelling" as the step's main button, one
 * activation away and as visible as every alternative.
 */
export function alternativesStep(
  c: StepContext,
  alternatives: readonly CancelAlternative[],
  choose: (alternative: CancelAlternative, event?: Event) => void,
): StepView {
  const { t } = c;
  return {
    body: html`<p>${t.alternativesIntro}</p>
      <ul class="alternatives" part="alternatives">
        ${alternatives.map((a) => {
          // A host's text is the host's: isolated for bidi (the catalogue's own defaults need not be).
          const own = isFromHost(a) ? isolate : String;
          return html`<li class="alternative" part="alternative">
            <h3 part="alternative-title">${own(a.title)}</h3>
            ${a.text ? html`<p>${own(a.text)}</p>` : nothing}
            ${
              a.steps?.length
                ? html`<ol>
                    ${a.steps.map((step) => html`<li>${own(step)}</li>`)}
                  </ol>`
                : nothing
            }
            <div class="actions">
              ${
                a.href
                  ? html`<a
                      class="btn"
                      part="button alternative-action"
                      href=${a.href}
                      target=${a.href.startsWith('mailto:') ? nothing : (a.target ?? '_blank')}
                      rel="noopener noreferrer"
                      @click=${(event: Event) => choose(a, event)}
                      >${own(a.action)}</a
                    >`
                  : button(own(a.action), () => choose(a), '', 'alternative-action')
              }
            </div>
          </li>`;
        })}
      </ul>`,
    actions: button(t.continueCancelling, () => c.send({ type: 'next' }), 'btn-primary', 'next-button continue-button'),
  };
}
