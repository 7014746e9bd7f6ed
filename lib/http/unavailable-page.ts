// The page proxy.ts answers while the database is down: a self-contained HTML page with status
// 503 and Retry-After, so that browsers, crawlers and load balancers know to come back rather
// than index an error. No scripts, no external resources, nothing from the failing request.
const TEXT = {
  zh: { title: "服务暂时不可用", body: "数据服务正在恢复，请稍后刷新本页。已发布的数据不受影响。", retry: "刷新" },
  en: { title: "Service temporarily unavailable", body: "The data service is recovering. Please reload this page in a moment. Published data is not affected.", retry: "Reload" },
};

export function unavailablePage(pathname: string, retryAfterSeconds = 5): Response {
  const first = /^\/en(\/|$)/.test(pathname) ? "en" : "zh";
  const order = first === "en" ? (["en", "zh"] as const) : (["zh", "en"] as const);
  const sections = order
    .map((l) => `<section lang="${l === "zh" ? "zh-CN" : "en"}"><h1>${TEXT[l].title}</h1><p>${TEXT[l].body}</p></section>`)
    .join("");
  const html = `<!doctype html><html lang="${first === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${TEXT.zh.title} · ${TEXT.en.title}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2937}h1{font-size:1.4rem}section+section{margin-top:2rem;border-top:1px solid #e5e7eb;padding-top:1rem}</style></head><body data-testid="service-unavailable">${sections}<p><a href="">${TEXT.zh.retry} / ${TEXT.en.retry}</a></p></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(retryAfterSeconds),
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}
