// A first-come, first-served limit on how many of one kind of work run at once in this process.
// Staging an upload holds a pool connection (and its transaction) for as long as the file takes
// to arrive and be checked; without a limit, ten uploads at once took all ten connections and
// every other request of the instance (sign-ins, pages, the uploads' own catalogue reads) timed
// out waiting for one and answered 503. Waiting here has no timeout: the uploader's client is
// sending its file anyway, and its request goes on as soon as a slot frees.

export class Slots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {
    if (!(size >= 1)) throw new Error(`Slots: size must be at least 1, got ${size}`);
  }

  /** How many are running and how many wait (for tests and the health page). */
  get state(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((go) => this.waiting.push(go));
    else this.running++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next(); // the slot passes straight to the next in line
      else this.running--;
    }
  }
}
