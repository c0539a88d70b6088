import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toEsimApiError } from '../api/errors.js';

/**
 * A `Retry-After` the customer was told about ("try again in N seconds"): the retry buttons stay
 * disabled (but focusable) that long, and the host renders again when the wait is over.
 */
export class RetryAfterController implements ReactiveController {
  private until = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True while a retry would come sooner than the backend asked. */
  get waiting(): boolean {
    return this.until > Date.now();
  }

  /** Holds retries for the failure's `Retry-After`, if it carries one. */
  hold(error: unknown): void {
    const wait = toEsimApiError(error).retryAfter;
    if (!wait) return;
    this.until = Date.now() + wait * 1000;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.host.requestUpdate(), wait * 1000);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
