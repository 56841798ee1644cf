// Image encodings queued on a lane of fixed width, the most urgent first. While Astro renders
// pages on the main thread, one encoding at a time keeps the second core busy without taking the
// first from the renderer; once Astro's image step starts, the lane widens to every core.

/** Work on the lane: its result, and a way to move it ahead of work nobody waits for yet. */
export interface Queued<T> {
  promise: Promise<T>;
  hurry(): void;
}

interface Waiting {
  urgent: boolean;
  start(): void;
}

export class EncoderLane {
  private width = 1;
  private busy = 0;
  private readonly waiting: Waiting[] = [];

  /** Lets `width` encodings run at once from now on. */
  widen(width: number): void {
    this.width = Math.max(this.width, width);
    this.next();
  }

  add<T>(work: () => Promise<T>, urgent = false): Queued<T> {
    let start = () => {};
    const promise = new Promise<T>((resolve, reject) => {
      start = () => {
        this.busy++;
        work()
          .then(resolve, reject)
          .finally(() => {
            this.busy--;
            this.next();
          });
      };
    });
    const entry: Waiting = { urgent, start: () => start() };
    this.waiting.push(entry);
    this.next();
    return {
      promise,
      hurry: () => {
        entry.urgent = true;
        this.next();
      },
    };
  }

  private next(): void {
    while (this.busy < this.width && this.waiting.length > 0) {
      const urgent = this.waiting.findIndex((entry) => entry.urgent);
      const [entry] = this.waiting.splice(Math.max(0, urgent), 1);
      entry!.start();
    }
  }
}
