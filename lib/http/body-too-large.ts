import { statusPage } from "./status-page";

// A post to a page larger than Server Actions accept (next.config.js, serverActions.bodySizeLimit):
// Next cuts such a body at the limit and then fails reading it, a 500. Refused here first, by
// its Content-Length, with a 413 that says what to do.
const LIMIT_MB = Number(process.env.ACTION_BODY_LIMIT_MB || 10);

export function isBodyTooLarge(headers: Headers): boolean {
  const length = Number(headers.get("content-length") ?? 0);
  return Number.isFinite(length) && length > LIMIT_MB * 1024 * 1024;
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
