// Atom 1.0 (RFC 4287) documents. Pure; all text is XML-escaped.
export type AtomEntry = { id: string; title: string; updated: Date; link: string; summary?: string };
export type AtomFeed = { id: string; title: string; link: string; self: string; updated: Date; author: string; entries: AtomEntry[] };

const esc = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

export function atomXml(f: AtomFeed): string {
  const entry = (e: AtomEntry) => `  <entry>
    <id>${esc(e.id)}</id>
    <title>${esc(e.title)}</title>
    <updated>${e.updated.toISOString()}</updated>
    <link rel="alternate" href="${esc(e.link)}"/>${e.summary ? `\n    <summary>${esc(e.summary)}</summary>` : ""}
  </entry>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${esc(f.id)}</id>
  <title>${esc(f.title)}</title>
  <updated>${f.updated.toISOString()}</updated>
  <author><name>${esc(f.author)}</name></author>
  <link rel="alternate" href="${esc(f.link)}"/>
  <link rel="self" href="${esc(f.self)}"/>
${f.entries.map(entry).join("\n")}
</feed>
`;
}

export function atomResponse(xml: string, maxAge: number): Response {
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": `public, max-age=${maxAge}`, "Access-Control-Allow-Origin": "*" },
  });
}
