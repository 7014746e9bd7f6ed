// The Content-Security-Policy of every page. Scripts run only with this response's nonce
// (Next puts it on its own inline scripts); ECharts draws on canvas or inline SVG and needs
// no eval, but sets style attributes, hence 'unsafe-inline' for styles only. Pages may not
// be framed, except the embed pages that exist to be.
export function contentSecurityPolicy(nonce: string, pathname: string, dev = false): string {
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`, pathname);
}

/**
 * The policy of a stored public page (lib/public/page-cache.ts): the same page goes to many
 * readers, so its inline scripts are allowed by their SHA-256 hashes instead of a nonce
 * (a nonce repeated across responses would be no secret). Script files come from this origin
 * only; every answer is sent with nosniff, so no other answer of ours runs as a script.
 */
export function storedPagePolicy(scriptHashes: string[], pathname: string): string {
  return policy(["'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(" "), pathname);
}

function policy(scriptSrc: string, pathname: string): string {
  const embeddable = /^\/(en\/)?embed(\/|$)/.test(pathname);
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embeddable ? "*" : "'none'"}`,
  ].join("; ");
}
