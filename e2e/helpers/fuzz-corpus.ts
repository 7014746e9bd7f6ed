// The bad-input corpus e2e/fuzz-api.spec.ts throws at every route handler: malformed JSON,
// wrong types, huge values, unknown and prototype-polluting fields, wrong content types,
// bad query and path parameters, broken uploads. None of these may ever be a 5xx.
//
// Nothing here may change state another test relies on: ids are never those of real batches,
// credentials are never well-formed (so no failed sign-in is counted against the address),
// and every upload is a dry run.

export type FuzzCase = { name: string; query?: string; headers?: Record<string, string>; body?: Buffer | string; multipart?: boolean };

const MB = 1024 * 1024;
const JSON_TYPE = { "Content-Type": "application/json" };

/** Values for path parameters ([id], [code]). */
export const PATH_VALUES = ["-1", "0", "1e308", "NaN", "abc", "99999999999999999999", "%00", "1%3BDROP%20TABLE%20batch", "%E4%B8%AD%E6%96%87", "..%2F..%2Fetc%2Fpasswd", "x".repeat(2000)];
/** A batch id no test ever creates: transitions on it can only be refused. */
export const SAFE_ID = "2147483647";

const PARAMS = "limit offset cursor indicator indicators region regions from to last asOf measure format lang locale status chapter category emerging layout user action batch sheet dryRun page".split(" ");
const BAD = ["-1", "1e308", "NaN", "", "x".repeat(400), "\u0000", "' OR 1=1;--", "[]", "__proto__", "2025-02-30T25:61:00Z", "9999Q9"];

/** Query strings for GET routes: every known parameter set to one bad value at a time, and a few shapes. */
export function queryCases(): FuzzCase[] {
  const one = (v: string) => PARAMS.map((p) => `${p}=${encodeURIComponent(v)}`).join("&");
  return [
    ...BAD.map((v, i) => ({ name: `every parameter = bad value #${i} (${JSON.stringify(v.slice(0, 20))})`, query: `?${one(v)}` })),
    { name: "repeated parameters", query: "?indicator=DE001&indicator=DE002&limit=1&limit=2" },
    { name: "bracket parameters", query: "?indicator[]=DE001&limit[a]=1" },
    { name: "malformed percent-encoding", query: "?indicator=%ZZ&region=%E4%B8&from=%" },
    { name: "base64 cursor with a huge offset", query: `?cursor=${Buffer.from(JSON.stringify({ o: 1e308 })).toString("base64url")}` },
    { name: "csv of an unknown indicator", query: "?indicator=ZZZ999&format=csv" },
    { name: "xlsx with a negative limit", query: "?indicator=DE001&format=xlsx&limit=-5" },
    { name: "asOf in year 275760", query: "?indicator=DE001&asOf=275760-09-13" },
    { name: "from after to", query: "?indicator=DE001&from=2025Q4&to=2020Q1" },
    { name: "8 KB indicator list", query: `?indicators=${"DE001,".repeat(1300)}` },
  ];
}

const FIELDS = "username password name releaseId releaseAt revisionReason reason locale errors warnings dryRun sheet".split(" ");
const TYPED: [string, unknown][] = [
  ["number", 123],
  ["negative", -1],
  ["1e308", 1e308],
  ["NaN string", "NaN"],
  ["Infinity string", "Infinity"],
  ["null", null],
  ["array", []],
  ["object", {}],
  ["boolean", true],
  ["impossible date", "2025-02-30T25:61:00Z"],
  ["1 MB string", "x".repeat(MB)],
];

// Bodies shaped like each route's schema, so that one bad field at a time gets past the others.
// Sign-in bodies keep the other credential empty (invalid): no attempt ever reaches signIn, so
// no failure is counted against the address the whole e2e suite signs in from.
const SHAPES: Record<string, Record<string, unknown>> = {
  "/api/v1/auth/token": { username: "", password: "", name: "fuzz" },
  "/api/v1/auth/session": { username: "", password: "" },
  "/api/v1/batches/[id]/approve": { releaseAt: "2030-01-01T00:00:00Z", revisionReason: "CORRECTION" },
  "/api/v1/batches/[id]/reject": { reason: "fuzz" },
  "/api/v1/batches/error-report": { locale: "zh", errors: [{ line: 1, column: "A", code: "X", message: "m" }], warnings: [] },
};
const MUTATIONS: [string, unknown][] = [
  ...TYPED.slice(0, 10),
  ["65 KB string", "x".repeat(65 * 1024)],
  ["NUL inside a string", "a\u0000b"],
  ["lone surrogate", "\ud800"],
  ["markup", "<script>alert(1)</script>"],
  ["SQL", "'; DROP TABLE batch;--"],
  ["beyond int4", 2147483648],
  ["negative zero", -0],
];

/** One field of the route's body shape replaced at a time (plus a NUL in a credential). */
export function shapedBodyCases(route: string): FuzzCase[] {
  const shape = SHAPES[route];
  if (!shape) return [];
  const out: FuzzCase[] = [];
  for (const field of Object.keys(shape))
    for (const [name, value] of MUTATIONS) out.push({ name: `${field} = ${name}`, body: JSON.stringify({ ...shape, [field]: value }), headers: JSON_TYPE });
  if (route.startsWith("/api/v1/auth/")) out.push({ name: "NUL in the username", body: JSON.stringify({ username: "fuzz\u0000nobody", password: "x" }), headers: JSON_TYPE });
  return out;
}

/** Bodies for POST/DELETE routes that take JSON. */
export function jsonBodyCases(): FuzzCase[] {
  const raw = (name: string, body: string | Buffer, headers: Record<string, string> = JSON_TYPE): FuzzCase => ({ name, body, headers });
  const all = (v: unknown) => JSON.stringify(Object.fromEntries(FIELDS.map((f) => [f, v])));
  return [
    raw("empty body", ""),
    raw("truncated object", "{"),
    raw("truncated array", "[1,2"),
    raw("missing value", '{"a":}'),
    raw("null", "null"),
    raw("a string", '"text"'),
    raw("a number", "123"),
    raw("an array", "[]"),
    raw("NUL byte", "\u0000{}"),
    raw("invalid UTF-8", Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])),
    raw("20,000 levels of nesting", `${"[".repeat(20_000)}${"]".repeat(20_000)}`),
    raw("1 MB body", JSON.stringify({ reason: "x".repeat(MB) })),
    ...TYPED.map(([n, v]) => raw(`every field: ${n}`, all(v))),
    raw("unknown fields", JSON.stringify({ unknownField: 1, another: { nested: true } })),
    raw("__proto__ pollution", '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":1}}}'),
    raw("array of objects", JSON.stringify([{ reason: "x" }, { releaseId: 1 }])),
    raw("releaseAt and releaseId together", JSON.stringify({ releaseAt: "2030-01-01T00:00:00Z", releaseId: 1 })),
    raw("releaseAt year 275760", JSON.stringify({ releaseAt: "+275760-09-13T00:00:00Z" })),
    raw("releaseId beyond int4", JSON.stringify({ releaseId: 99999999999 })),
    raw("errors with huge lines", JSON.stringify({ errors: [{ line: 1e308, code: "X", message: "m" }], warnings: [{ line: -1, code: "Y", message: "w" }] })),
    raw("text/plain", '{"reason":"x"}', { "Content-Type": "text/plain" }),
    raw("form-urlencoded", "reason=x&releaseId=1", { "Content-Type": "application/x-www-form-urlencoded" }),
    raw("multipart without boundary", "--x\r\n", { "Content-Type": "multipart/form-data" }),
    raw("xml", "<a>1</a>", { "Content-Type": "application/xml" }),
    raw("UTF-16 JSON", Buffer.from('{"reason":"x"}', "utf16le"), { "Content-Type": "application/json; charset=utf-16" }),
    raw("no content type", '{"reason":"x"}', {}),
  ];
}

function multipart(parts: { name: string; filename?: string; type?: string; data: Buffer | string }[], boundary = "fuzzBoundary", close = true): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disp = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ""}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disp}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ""}\r\n`), Buffer.from(p.data), Buffer.from("\r\n"));
  }
  if (close) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** Bodies for the upload route (multipart); the query makes every one a dry run. */
export function uploadCases(): FuzzCase[] {
  const mp = (name: string, body: Buffer, type = "multipart/form-data; boundary=fuzzBoundary"): FuzzCase => ({ name, body, headers: { "Content-Type": type }, query: "?dryRun=true", multipart: true });
  const csv = "指标代码,地区代码,时期,数值\n";
  return [
    mp("no file field", multipart([{ name: "other", data: "x" }])),
    mp("empty file", multipart([{ name: "file", filename: "empty.csv", data: "" }])),
    mp("binary garbage as .csv", multipart([{ name: "file", filename: "g.csv", data: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) }])),
    mp("garbage as .xlsx", multipart([{ name: "file", filename: "g.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data: "PK\u0003\u0004 not a zip" }])),
    mp("truncated zip as .xlsx", multipart([{ name: "file", filename: "t.xlsx", data: Buffer.from("504b0304140000000800", "hex") }])),
    mp("1 MB cell", multipart([{ name: "file", filename: "cell.csv", data: `${csv}DE001,210100,2025Q1,${"9".repeat(MB)}\n` }])),
    mp("1,500 columns", multipart([{ name: "file", filename: "wide.csv", data: `${Array.from({ length: 1500 }, (_, i) => `c${i}`).join(",")}\n` }])),
    mp("values 1e308, -1, NaN", multipart([{ name: "file", filename: "v.csv", data: `${csv}DE001,210100,2025Q1,1e308\nDE001,210101,2025Q1,-1\nDE002,210100,2025Q1,NaN\n` }])),
    mp("path traversal and NUL in the file name", multipart([{ name: "file", filename: "../../etc/passwd\u0000.csv", data: csv }])),
    mp("RFC 5987 file name with NUL", Buffer.from(`--fuzzBoundary\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''a%00b.csv\r\n\r\n${csv}\r\n--fuzzBoundary--\r\n`)),
    mp("NUL in the sheet field", multipart([{ name: "sheet", data: "a\u0000b" }, { name: "file", filename: "s.csv", data: `${csv}DE001,210100,2025Q1,1\n` }])),
    mp("2 KB file name", multipart([{ name: "file", filename: `${"名".repeat(700)}.csv`, data: csv }])),
    mp("two files", multipart([{ name: "file", filename: "a.csv", data: csv }, { name: "file", filename: "b.csv", data: csv }])),
    mp("unterminated multipart", multipart([{ name: "file", filename: "u.csv", data: `${csv}DE001,210100,2025Q1,1\n` }], "fuzzBoundary", false)),
    mp("boundary that never appears", Buffer.from("just some bytes"), "multipart/form-data; boundary=nowhere"),
    mp("sheet field of 100 KB", multipart([{ name: "sheet", data: "s".repeat(100 * 1024) }, { name: "file", filename: "s.xlsx", data: "PK" }])),
    { name: "JSON instead of multipart", body: '{"file":"x"}', headers: JSON_TYPE, query: "?dryRun=true" },
  ];
}
