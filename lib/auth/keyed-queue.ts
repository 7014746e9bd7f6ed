// One-at-a-time per key inside this process. Sign-in attempts for one name or from one address
// wait here, holding no database connection, so a burst of guesses cannot fill the pool with
// transactions that sit on an advisory lock (the advisory lock still orders instances).

const tails = new Map<string, Promise<void>>();

/** Runs fn once every earlier call with any of these keys has finished. Keys are taken in the given order. */
export async function withKeys<T>(keys: string[], fn: () => Promise<T>): Promise<T> {
  const releases: Array<() => void> = [];
  try {
    for (const key of keys) releases.push(await take(key));
    return await fn();
  } finally {
    for (const release of releases.reverse()) release();
  }
}

async function take(key: string): Promise<() => void> {
  const before = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = before.then(() => mine);
  tails.set(key, tail);
  await before;
  return () => {
    release();
    // the last in line removes the key, so the map does not grow with every address ever seen
    if (tails.get(key) === tail) tails.delete(key);
  };
}

/** How many keys have someone waiting or running (for tests). */
export function queuedKeys(): number {
  return tails.size;
}
