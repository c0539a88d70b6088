/** Minimal reactive controller hosts: enough of LitElement for a controller under test, nothing more. */
import { render, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Connects and disconnects its controllers, counts update requests, and renders `view()` into its shadow root. */
export class TestHost extends HTMLElement implements ReactiveControllerHost {
  readonly controllers = new Set<ReactiveController>();
  /** How many updates were requested. */
  updates = 0;
  view: () => TemplateResult | undefined = () => undefined;
  private pending?: Promise<boolean>;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  get renderRoot(): ShadowRoot {
    return this.shadowRoot as ShadowRoot;
  }

  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
  }

  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }

  requestUpdate(): void {
    this.updates++;
    this.pending ??= Promise.resolve().then(() => {
      this.pending = undefined;
      this.renderNow();
      return true;
    });
  }

  get updateComplete(): Promise<boolean> {
    return this.pending ?? Promise.resolve(true);
  }

  renderNow(): void {
    const view = this.view();
    if (view) render(view, this.renderRoot);
    for (const controller of this.controllers) controller.hostUpdated?.();
  }

  connectedCallback(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }

  disconnectedCallback(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

if (!customElements.get('esim-test-host')) customElements.define('esim-test-host', TestHost);

/** A new host, connected to the document (removed again by `fixtureCleanup` via the caller). */
export function newHost(): TestHost {
  return document.createElement('esim-test-host') as TestHost;
}
