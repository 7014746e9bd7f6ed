import { loadBulletin } from "@/lib/bulletin/load-bulletin";
import { bulletinPdf, selfOrigin } from "@/lib/bulletin/render-pdf";
import { chromiumAvailable } from "@/lib/chromium";
import { apiError } from "@/lib/http/api-response";
import { currentEpoch, maxAgeSeconds } from "@/lib/public/epoch";

// /reports/2025Q3.pdf (Chinese) and /reports/2025Q3.en.pdf (English). Outside the [locale]
// tree: the locale middleware skips paths with a dot, so this handler answers them directly.
const FILE = /^(\d{4}Q[1-4])(\.en)?\.pdf$/;

export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }) {
  const m = FILE.exec((await params).file);
  if (!m) return apiError(404, "not_found", "没有这个文件 / No such file");
  const [, period, en] = m;
  const lang = en ? "en" : "zh";
  // released data only: a quarter whose core data is not out yet has no bulletin
  if (!(await loadBulletin(period, lang))) return apiError(404, "not_found", "该季度的监测简报尚未发布 / No bulletin for this quarter yet");
  if (!chromiumAvailable()) {
    return apiError(503, "pdf_unavailable", "服务器未安装 Chromium，暂不能生成 PDF；请使用浏览器打印网页版 / Chromium is not installed on the server; print the web page instead", undefined, { "Retry-After": "3600" });
  }
  let pdf: Buffer;
  try {
    pdf = await bulletinPdf(selfOrigin(req.url), period, lang);
  } catch (e) {
    console.error("bulletin PDF failed", e);
    return apiError(503, "pdf_failed", "PDF 生成失败，请稍后再试或打印网页版 / The PDF could not be produced; try again later or print the page", undefined, { "Retry-After": "60" });
  }
  const name = `shenyang-digital-economy-bulletin-${period}${en ? "-en" : ""}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${name}"`,
      "Cache-Control": `public, max-age=${maxAgeSeconds(await currentEpoch())}`,
    },
  });
}
