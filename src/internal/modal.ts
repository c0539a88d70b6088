import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ModalOptions<T> {
  /** True when closing now would lose what the customer typed: the host then asks first. */
  hasUnsavedInput: () => boolean;
  /** The dialog just closed for `item`; returns the selector of what gets focus back (the trigger). */
  closed: (item: T) => string;
  /** Moves focus to `selector` once the host has rendered. */
  focusAfterRender: (selector: string) => void;
  /** What gets focus when the customer chooses to keep editing. */
  content: string;
}

/**
 * A native modal `<dialog>` opened for one item: shown with `showModal()` once rendered, Escape and
 * the close button ask a "discard your answers?" question when input would be lost, and focus goes
 * back to the trigger after closing. The host renders the `<dialog>` while `item` is set (and the
 * question while `discarding`), and calls `sync()` after each render.
 */
export class ModalController<T> implements ReactiveController {
  /** What the dialog is open for. */
  item?: T;
  /** The "discard your answers?" question is showing. */
  discarding = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: ModalOptions<T>,
  ) {
    host.addController(this);
  }

  open(item: T): void {
    this.item = item;
    this.discarding = false;
    this.host.requestUpdate();
  }

  /**
   * Escape is handled on keydown as well as on "cancel": Chromium makes a repeated Escape's cancel
   * event uncancelable, and the question must be able to stop the close.
   */
  onEscape = (event: Event): void => {
    if ((event as KeyboardEvent).key === 'Escape' || (event.type === 'cancel' && event.cancelable)) {
      event.preventDefault();
      this.requestClose();
    }
  };

  /** Escape or the close button: ask first when closing would lose what the customer typed. */
  requestClose = (): void => {
    if (this.discarding) {
      // Already asking: a second Escape asks again (focus back on the question), it never discards.
      this.host.requestUpdate();
      this.options.focusAfterRender('[part="dialog-discard"] button');
    } else if (this.options.hasUnsavedInput()) {
      this.discarding = true;
      this.host.requestUpdate();
      this.options.focusAfterRender('[part="dialog-discard"] button');
    } else this.close();
  };

  /** Closes now, and gives focus back to the trigger. */
  close = (): void => {
    const item = this.item;
    if (item === undefined) return;
    this.item = undefined;
    this.discarding = false;
    this.host.requestUpdate();
    this.host.renderRoot.querySelector('dialog')?.close();
    this.options.focusAfterRender(this.options.closed(item));
  };

  keepEditing = (): void => {
    this.discarding = false;
    this.host.requestUpdate();
    this.options.focusAfterRender(this.options.content);
  };

  /** Shows the dialog rendered since the last call. */
  sync(): void {
    const dialog = this.host.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  hostDisconnected(): void {
    // A host that leaves the page closes its dialog; it renders without one if it comes back.
    if (this.item === undefined) return;
    this.item = undefined;
    this.discarding = false;
    this.host.requestUpdate();
  }
}
