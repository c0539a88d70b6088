// A tenant's clock. Tests freeze it (manual) and move it with `advance`, so a three-step review
// takes no real time; the demo lets it run with real time.

export class Clock {
  /** @param {boolean} manual */
  constructor(manual) {
    this.manual = manual;
    this.frozenAt = Date.now();
    this.offset = 0;
  }

  now() {
    return (this.manual ? this.frozenAt : Date.now()) + this.offset;
  }

  /** @param {number} ms */
  advance(ms) {
    this.offset += ms;
  }
}
