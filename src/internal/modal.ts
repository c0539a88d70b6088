import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What a host keeps of its modal dialog: the item it is open for, and how closing works. The host
 * sets `item` to open the dialog (and renders it, then calls `showModal()` on it); the rest of the
 * behaviour is a {@link ModalController}, which the dialog's template creates, so it comes with the
 * template's code (the flow's chunk for the list's cancel dialog).
 */
export interface ModalState<T> {
  /** What the dialog is open for; unset, the dialog is closed. */
  item?: T;
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
 * A native modal `<dialog>` open for `state.item`: Escape and the close button ask a "discard your
 * answers?" question when input would be lost, and focus goes back to the trigger after closing.
 * The host renders the `<dialog>` while `item` is set (and the question while `discarding`).
 */
export class ModalController<T> implements ReactiveController {
  /** The "discard your answers?" question is showing. */
  discarding = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly state: ModalState<T>,
  ) {
    host.addController(this);
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
    if (this.discarding || this.state.hasUnsavedInput()) {
      // Already asking: a second Escape asks again (focus back on the question), it never discards.
      this.discarding = true;
      this.host.requestUpdate();
      this.state.focusAfterRender('[part="dialog-discard"] button');
    } else this.close();
  };

  /** Closes now, and gives focus back to the trigger. */
  close = (): void => {
    const { item } = this.state;
    if (item === undefined) return;
    this.state.item = undefined;
    this.discarding = false;
    this.host.requestUpdate();
    this.host.renderRoot.querySelector('dialog')?.close();
    this.state.focusAfterRender(this.state.closed(item));
  };

  keepEditing = (): void => {
    this.discarding = false;
    this.host.requestUpdate();
    this.state.focusAfterRender(this.state.content);
  };

  /* A host that leaves the page closes its dialog (it unsets `item`): no question when it reopens. */
  hostDisconnected(): void {
    this.discarding = false;
  }
}
