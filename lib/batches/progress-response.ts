import "server-only";
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
        console.error(e);
        send({ result: { status: 500, body: { error: { code: "internal", message: "处理失败，请稍后重试 / Processing failed; try again" } } } });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}
