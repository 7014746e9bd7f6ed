// Normalising cell text as Chinese Excel/WPS users type it: full-width digits and punctuation,
// ideographic spaces, stray zero-width characters, curly quotes around names.

/** Full-width ASCII (U+FF01–FF5E) → ASCII, ideographic space → space, dash variants → "-". */
export function halfWidth(s: string): string {
  let needs = false;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x2010) {
      needs = true;
      break;
    }
  }
  if (!needs) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else if (c === 0x2212) out += "-"; // minus sign
    else out += ch;
  }
  return out;
}

const EDGE_SPACE = /^[\s\u200b\u200c\u200d\u2060\ufeff]+|[\s\u200b\u200c\u200d\u2060\ufeff]+$/g;

/** Trim ordinary, ideographic, no-break and zero-width spaces. */
export function cleanCell(s: string): string {
  if (s.length === 0) return s;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  // Fast path: nothing to trim.
  if (a > 0x20 && b > 0x20 && a < 0x7f && b < 0x7f) return s;
  return s.replace(EDGE_SPACE, "");
}

const QUOTES = /["'“”‘’「」『』《》]/g;
const SPACES = /[\s\u200b\u200c\u200d\u2060\ufeff]+/g;

/** Key for comparing names: half-width, no spaces, no quote marks, lower-case Latin. */
export function nameKey(s: string): string {
  return halfWidth(s).replace(SPACES, "").replace(QUOTES, "").toLowerCase();
}

/** Key for header keywords: nameKey without _ - . separators (indicator_code = Indicator Code). */
export function headerKey(s: string): string {
  return nameKey(s).replace(/[_\-.:：]/g, "");
}

/** Splits a trailing unit in parentheses: "软件业务收入(亿元)" → ["软件业务收入", "亿元"]. */
export function splitUnit(s: string): [string, string | null] {
  const h = halfWidth(s).trim();
  const m = /^(.*?)\s*[(\[]([^()\[\]]{1,12})[)\]]$/.exec(h);
  return m && m[1] ? [m[1], m[2].trim()] : [h, null];
}

/** Unit key: half-width, no spaces, lower-case ("亿 元" = "亿元", "％" = "%"). */
export function unitKey(s: string): string {
  // a leading quote is the one csv-write's neutralise adds before = + - @ (a template's unit cell)
  return halfWidth(s).replace(/^'(?=[=+\-@])/, "").replace(SPACES, "").toLowerCase();
}

export function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}
