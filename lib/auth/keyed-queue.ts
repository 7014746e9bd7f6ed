// One-at-a-time per key inside this process. Sign-in attempts for one name or from one address
// wait here, holding no database connection, so a burst of guesses cannot fill the pool with
// transactions that sit on an advisory lock (the advisory lock still orders instances).
// A key with too many waiters refuses more at once rather than queueing without end.

type Queue = { tail: Promise<void>; waiting: number };

// on globalThis: Next may load this module more than once (route handlers, server actions),
// and every copy must share one queue per key
const store = globalThis as typeof globalThis & { __signInQueues?: Map<string, Queue> };
const queues = (store.__signInQueues ??= new Map<string, Queue>());

export const MAX_WAITING_PER_KEY = 50;

export class QueueFullError extends Error {
  constructor(readonly key: string) {
    super(`too many waiting for ${key}`);
  }
}

/** Runs fn once every earlier call with any of these keys has finished. Keys are taken in the given order. */
export async function withKeys<T>(keys: string[], fn: () => Promise<T>): Promise<T> {
  for (const key of keys) if ((queues.get(key)?.waiting ?? 0) >= MAX_WAITING_PER_KEY) throw new QueueFullError(key);
  const releases: Array<() => void> = [];
  try {
    for (const key of keys) releases.push(await take(key));
    return await fn();
  } finally {
    for (const release of releases.reverse()) release();
  }
}

async function take(key: string): Promise<() => void> {
  const queue = queues.get(key) ?? { tail: Promise.resolve(), waiting: 0 };
  const before = queue.tail;
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = before.then(() => mine);
  queue.tail = tail;
  queue.waiting++;
  queues.set(key, queue);
  await before;
  return () => {
    release();
    queue.waiting--;
    // the last in line removes the key, so the map does not grow with every address ever seen
    if (queue.tail === tail) queues.delete(key);
  };
}

/** How many keys have someone waiting or running (for tests). */
export function queuedKeys(): number {
  return queues.size;
}
