import { statusPage } from "./status-page";

// A post to a page larger than Server Actions accept (next.config.js, serverActions.bodySizeLimit):
// Next cuts such a body at the limit and then fails reading it, a 500. Refused here first, by
// its Content-Length, with a 413 that says what to do. A post that names no length (a chunked
// body) could be any size and gets the same 500 past the limit: browsers always send a length
// with a form or a Server Action, so such a post is refused with 411 before Next reads it.
const LIMIT_MB = Number(process.env.ACTION_BODY_LIMIT_MB || 10);

export function isBodyTooLarge(headers: Headers): boolean {
  const length = Number(headers.get("content-length") ?? 0);
  return Number.isFinite(length) && length > LIMIT_MB * 1024 * 1024;
}

/** A body sent without a Content-Length (Transfer-Encoding: chunked). */
export function isLengthMissing(headers: Headers): boolean {
  return headers.has("transfer-encoding") && !headers.has("content-length");
}

export function bodyTooLargePage(pathname: string): Response {
  return statusPage({
    status: 413,
    pathname,
    text: {
      zh: { title: "提交的内容过大", body: `一次提交不能超过 ${LIMIT_MB} MB。请分批提交，或改用文件上传。` },
      en: { title: "Too much to submit", body: `One submission may not exceed ${LIMIT_MB} MB. Submit it in parts, or upload a file instead.` },
    },
    testId: "body-too-large",
    next: "reload",
  });
}

export function lengthRequiredPage(pathname: string): Response {
  return statusPage({
    status: 411,
    pathname,
    text: {
      zh: { title: "提交缺少长度", body: `提交的内容须注明长度（Content-Length），且不超过 ${LIMIT_MB} MB。请在浏览器中重新提交。` },
      en: { title: "Length required", body: `A submission must state its length (Content-Length) and may not exceed ${LIMIT_MB} MB. Submit it again from the browser.` },
    },
    testId: "length-required",
    next: "reload",
  });
}
