// Built answers of the open API, kept per visibility epoch and URL: a popular query is
// computed and serialised once per epoch instead of once per request. Bounded by bytes; big
// files (a whole-catalogue XLSX) are built each time rather than crowd out everything else.
// On globalThis so that the front of the server (lib/http/front-server.ts), which is not
// part of the app's bundles, answers repeated requests from the same store.
export type StoredAnswer = {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  /** compressed copies, made on first demand by the front of the server */
  encoded: Map<string, Buffer>;
};
type Store = { epochKey: string; bytes: number; answers: Map<string, StoredAnswer> };

const MAX_BYTES = 64 * 1024 * 1024;
const MAX_ANSWER = 512 * 1024;

const g = globalThis as unknown as { __sdmAnswerCache?: Store };

function store(epoch: string): Store {
  g.__sdmAnswerCache ??= { epochKey: epoch, bytes: 0, answers: new Map() };
  const s = g.__sdmAnswerCache;
  if (s.epochKey !== epoch) {
    s.answers.clear();
    s.bytes = 0;
    s.epochKey = epoch;
  }
  return s;
}

function replay(s: StoredAnswer): Response {
  return new Response(s.body.slice(), { status: s.status, headers: s.headers });
}

/** The answer stored for this URL under this epoch, if any. */
export function storedAnswer(epoch: string, key: string): StoredAnswer | null {
  return store(epoch).answers.get(key) ?? null;
}

export async function cachedAnswer(epoch: string, key: string, build: () => Promise<Response>): Promise<Response> {
  const hit = storedAnswer(epoch, key);
  if (hit) return replay(hit);
  const res = await build();
  if (!res.ok) return res;
  const body = new Uint8Array(await res.arrayBuffer());
  const stored: StoredAnswer = { status: res.status, headers: [...res.headers], body, encoded: new Map() };
  const s = store(epoch); // the epoch may have moved on while this was built: then nothing old is kept
  if (body.byteLength <= MAX_ANSWER && s.epochKey === epoch) {
    s.answers.set(key, stored);
    s.bytes += body.byteLength;
    for (const [k, v] of s.answers) {
      if (s.bytes <= MAX_BYTES) break;
      s.answers.delete(k);
      s.bytes -= v.body.byteLength;
    }
  }
  return replay(stored);
}
