// Built answers of the open API, kept per visibility epoch and URL: a popular query is
// computed and serialised once per epoch instead of once per request. Bounded by bytes; big
// files (a whole-catalogue XLSX) are built each time rather than crowd out everything else.
type Stored = { status: number; headers: [string, string][]; body: Uint8Array };

const MAX_BYTES = 64 * 1024 * 1024;
const MAX_ANSWER = 512 * 1024;
let epochKey = "";
let bytes = 0;
const answers = new Map<string, Stored>();

function replay(s: Stored): Response {
  return new Response(s.body.slice(), { status: s.status, headers: s.headers });
}

export async function cachedAnswer(epoch: string, key: string, build: () => Promise<Response>): Promise<Response> {
  if (epoch !== epochKey) {
    answers.clear();
    bytes = 0;
    epochKey = epoch;
  }
  const hit = answers.get(key);
  if (hit) return replay(hit);
  const res = await build();
  if (!res.ok) return res;
  const body = new Uint8Array(await res.arrayBuffer());
  const stored: Stored = { status: res.status, headers: [...res.headers], body };
  if (body.byteLength <= MAX_ANSWER) {
    answers.set(key, stored);
    bytes += body.byteLength;
    for (const [k, v] of answers) {
      if (bytes <= MAX_BYTES) break;
      answers.delete(k);
      bytes -= v.body.byteLength;
    }
  }
  return replay(stored);
}
