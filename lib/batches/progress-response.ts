import "server-only";
import { isDbUnavailable } from "@/lib/db/unavailable";
import { isAppError } from "@/lib/errors";
import type { StageResult } from "./stage-upload";

type Progress = { bytes: number; rows: number };

/**
 * Streams NDJSON: `{"progress":{bytes,rows}}` lines while the file is validated (for the
 * validation progress bar of large files), then `{"result":{status, body}}`.
 */
export function progressResponse(run: (onProgress: (p: Progress) => void) => Promise<StageResult>): Response {
  const enc = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let last = 0;
      const send = (obj: unknown) => controller.enqueue(enc.encode(`${JSON.stringify(obj)}\n`));
      try {
        const result = await run((p) => {
          const now = Date.now();
          if (now - last < 200) return;
          last = now;
          send({ progress: p });
        });
        send({ result: { status: result.httpStatus, body: result.body } });
      } catch (e) {
        if (isAppError(e)) {
          send({ result: { status: e.status, body: { error: { code: e.code.toLowerCase(), message: `${e.zh} / ${e.en}` } } } });
        } else if (isDbUnavailable(e)) {
          send({ result: { status: 503, body: { error: { code: "service_unavailable", message: "服务暂时不可用（数据库连接中断），请稍后重试 / Service temporarily unavailable; please retry shortly" } } } });
        } else {
          console.error(e);
          send({ result: { status: 500, body: { error: { code: "internal", message: "处理失败，请稍后重试 / Processing failed; try again" } } } });
        }
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}
