import { requireApi } from "@/lib/auth/api-auth";
import { auditContext } from "@/lib/auth/request-context";
import { findBatches } from "@/lib/batches/find-batches";
import { readMultipartFile } from "@/lib/batches/multipart-file";
import { stageUpload } from "@/lib/batches/stage-upload";
import { uploadMaxBytes } from "@/lib/batches/upload-limits";
import { progressResponse } from "@/lib/batches/progress-response";
import { AppError } from "@/lib/errors";
import { apiError, apiJson } from "@/lib/http/api-response";
import { appErrorResponse } from "@/lib/http/domain-response";
import { withDbErrors } from "@/lib/http/db-unavailable";

/**
 * POST multipart (field `file`; optional `dryRun=true` and `sheet` as form fields, before or
 * after the file, or as query parameters): validate and stage an upload. 201 staged, 200 dry run, 409
 * duplicate, 413 too large, 422 rejected (nothing staged). With `Accept:
 * application/x-ndjson` the answer streams progress lines, then `{"result": …}`.
 */
export const POST = withDbErrors(async (req: Request) => {
  const auth = await requireApi(req, "batch:upload");
  if (auth instanceof Response) return auth;
  const url = new URL(req.url);
  const locale = url.searchParams.get("locale") === "en" ? "en" : "zh";
  const maxBytes = uploadMaxBytes();
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > maxBytes + 64 * 1024) {
    return apiError(413, "too_large", `文件超过 ${maxBytes / 1048576} MB 的上限 / The file exceeds the ${maxBytes / 1048576} MB limit`);
  }
  const file = await readMultipartFile(req, maxBytes).catch(() => null);
  if (!file) return apiError(400, "no_file", "请求须为 multipart/form-data，并包含 file 字段 / Send multipart/form-data with a `file` field");
  // A field may follow the file (curl -F file=@x.csv -F dryRun=true): it is known only once the
  // whole form is read, so the stager awaits these when it needs them (after reading the file).
  const param = async (k: string) => (await file.allFields)[k] ?? url.searchParams.get(k) ?? undefined;
  const sheet = handled(param("sheet").then((s) => s || undefined));
  const dryRun = handled(param("dryRun").then((v) => v === "true" || v === "1"));
  const audit = await auditContext(auth.actor, req.headers);
  const run = async (onProgress?: (p: { bytes: number; rows: number }) => void) => {
    try {
      return await stageUpload({
        source: file.stream,
        fileName: file.fileName,
        sheet,
        dryRun,
        uploaderId: auth.actor.id,
        locale,
        audit,
        maxBytes,
        onProgress,
      });
    } catch (e) {
      if (file.error()) throw INCOMPLETE; // the form was cut short: the client's doing, not a server fault
      throw e;
    } finally {
      await file.drain(); // a refused file is answered before it is read to the end
    }
  };
  if ((req.headers.get("accept") ?? "").includes("application/x-ndjson")) return progressResponse(run);
  try {
    const result = await run();
    return apiJson(result.body, result.httpStatus);
  } catch (e) {
    return appErrorResponse(e);
  }
});

/** A promise that may never be awaited (a file refused early) must not reject unhandled. */
function handled<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

const INCOMPLETE = new AppError(
  "INVALID_INPUT",
  "上传不完整（表单未正常结束或连接中断），未暂存任何数据。",
  "The upload was incomplete (the form did not end properly or the connection dropped); nothing was staged.",
);

/** GET: batches the caller may see (own ones for uploaders, all for reviewers and admins). */
export const GET = withDbErrors(async (req: Request) => {
  const auth = await requireApi(req);
  if (auth instanceof Response) return auth;
  return apiJson({ batches: await findBatches(auth.actor) });
});
