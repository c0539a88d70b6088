import { isAbort } from '../../api/errors.js';
import type { Cancellation } from '../../api/schemas.js';

/**
 * Open cancellation requests by id, each fetched once when its row first renders, for the row's
 * status line. The row says a request is open either way; only an abort forgets the attempt, so the
 * line loads when the list comes back after a detach.
 */
export class CancellationCache {
  /** `null`: asked, no answer yet (or it failed). */
  private readonly known = new Map<string, Cancellation | null>();

  constructor(
    private readonly load: (id: string, signal: AbortSignal) => Promise<Cancellation>,
    private readonly loaded: () => void,
  ) {}

  /** The request if known; otherwise starts loading it (once) and returns what is known now. */
  get(id: string, signal: AbortSignal): Cancellation | null | undefined {
    const known = this.known;
    if (!known.has(id)) {
      known.set(id, null);
      this.load(id, signal).then(
        (cancellation) => {
          known.set(id, cancellation);
          this.loaded();
        },
        (error: unknown) => isAbort(error) && known.delete(id),
      );
    }
    return known.get(id);
  }

  /** Forgets one request (its eSIM was re-read). */
  forget(id: string): void {
    this.known.delete(id);
  }

  clear(): void {
    this.known.clear();
  }
}
