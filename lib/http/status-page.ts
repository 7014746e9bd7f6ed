// A small self-contained page for answers given before the app renders anything (the
// database is down, a cross-site form post, an address that is not valid percent-encoding):
// the site's header colours and name, the message in both languages (the path's language
// first), links home. No scripts, no external resources, nothing echoed from the request.
type Text = { title: string; body: string };

const SITE = { zh: "沈阳市数字经济统计监测", en: "Shenyang Digital Economy Monitor" };
const LINKS = {
  zh: [["/", "返回首页"], ["/indicators", "浏览指标目录"]],
  en: [["/en", "Home"], ["/en/indicators", "Indicator catalogue"]],
} as const;

const STYLE =
  'body{margin:0;font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1f2937;line-height:1.6}' +
  "header{background:#1f5fa8;padding:12px 16px}header a{color:#fff;font-weight:700;text-decoration:none}" +
  "main{max-width:40rem;margin:2rem auto;padding:0 16px}h1{font-size:1.4rem}a{color:#1f5fa8}" +
  "section+section{margin-top:2rem;border-top:1px solid #d1d5db;padding-top:1rem}";

export function languageOf(pathname: string): "zh" | "en" {
  return /^\/en(\/|$)/.test(pathname) ? "en" : "zh";
}

export function statusPage(o: {
  status: number;
  pathname: string;
  text: { zh: Text; en: Text };
  testId: string;
  /** links home and to the catalogue (a page the reader should leave), or a reload link */
  next: "links" | "reload";
  headers?: Record<string, string>;
}): Response {
  const first = languageOf(o.pathname);
  const order = first === "en" ? (["en", "zh"] as const) : (["zh", "en"] as const);
  const sections = order
    .map((l) => {
      const after =
        o.next === "links" ? `<ul>${LINKS[l].map(([href, label]) => `<li><a href="${href}">${label}</a></li>`).join("")}</ul>` : "";
      return `<section lang="${l === "zh" ? "zh-CN" : "en"}"><h1>${o.text[l].title}</h1><p>${o.text[l].body}</p>${after}</section>`;
    })
    .join("");
  const reload = o.next === "reload" ? `<p><a href="">刷新 / Reload</a></p>` : "";
  const html =
    `<!doctype html><html lang="${first === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${o.text[first].title} · ${SITE[first]}</title><style>${STYLE}</style></head>` +
    `<body data-testid="${o.testId}"><header><a href="${first === "en" ? "/en" : "/"}">${SITE[first]}</a></header><main>${sections}${reload}</main></body></html>`;
  return new Response(html, {
    status: o.status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      ...o.headers,
    },
  });
}
