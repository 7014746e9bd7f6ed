// The Content-Security-Policy of every page. Scripts run only with this response's nonce
// (Next puts it on its own inline scripts); ECharts draws on canvas or inline SVG and needs
// no eval, but sets style attributes, hence 'unsafe-inline' for styles only. Pages may not
// be framed, except the embed pages that exist to be.
export function contentSecurityPolicy(nonce: string, pathname: string, dev = false): string {
  const embeddable = /^\/(en\/)?embed(\/|$)/.test(pathname);
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
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
