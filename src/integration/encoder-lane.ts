// Image encodings queued on a lane a little wider than the machine has cores (see ImageEncodings),
// the most urgent first: the widest width of an image whose page is rendering, then images
// Astro's image step is writing, then the rest in order. A build is mostly encoding: every core
// is kept busy from the start, beside Astro's main thread (measured on the image-heavy help
// center, 2 cores: one encoding at a time until the image step, 47.3 s; two from the start, 41.7 s).

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
  readonly width: number;
  private busy = 0;
  private readonly waiting: Waiting[] = [];

  constructor(width: number) {
    this.width = width;
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
