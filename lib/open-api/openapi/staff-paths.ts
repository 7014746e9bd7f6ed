// The staff operations scripts use, in the OpenAPI document: a token from POST
// /api/v1/auth/token, then Authorization: Bearer <token> (bearerAuth) on everything else.
// Each operation checks its permission on the server (lib/auth/route-access.ts lists them).
import { CHART_IDS } from "@/lib/dashboard/chart-tables";

const bearer = [{ bearerAuth: [] }];
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({ type: "object", properties, ...(required.length ? { required } : {}) });
const json = (schema: unknown) => ({ "application/json": { schema } });
const error = { $ref: "#/components/schemas/Error" };
const idParam = { name: "id", in: "path", required: true, description: "Batch id / 批次编号", schema: { type: "integer" } };

const staffErrors = {
  "400": { description: "Invalid request (error.message says what).", content: json(error) },
  "401": { description: "No or an invalid token.", content: json(error) },
  "403": { description: "The user lacks the permission.", content: json(error) },
  "503": { $ref: "#/components/responses/ServiceUnavailable" },
};

function op(method: string, operationId: string, summary: string, description: string, ok: Record<string, unknown>, more: Record<string, unknown> = {}) {
  const { responses, ...rest } = more as { responses?: Record<string, unknown> };
  return { [method]: { operationId, tags: ["Staff"], summary, description, security: bearer, ...rest, responses: { ...ok, ...staffErrors, ...(responses ?? {}) } } };
}

const transition = (name: string, summary: string, description: string, body?: unknown) => ({
  [`/api/v1/batches/{id}/${name}`]: op("post", `${name}Batch`, summary, description, { "200": { description: "The batch after the transition.", content: json({ type: "object" }) } }, {
    parameters: [idParam],
    ...(body ? { requestBody: { required: true, content: json(body) } } : {}),
    responses: { "404": { description: "No such batch.", content: json(error) }, "409": { description: "The batch is not in a state that allows this.", content: json(error) } },
  }),
});

export function staffPaths(): Record<string, unknown> {
  return {
    "/api/v1/auth/token": {
      post: {
        operationId: "createToken",
        tags: ["Staff"],
        summary: "Sign in for a token / 获取令牌",
        description: "Username and password in, an API token out (shown once; revoke it on the profile page). Failed sign-ins are throttled.",
        security: [],
        requestBody: { required: true, content: json(obj({ username: { type: "string" }, password: { type: "string", format: "password" }, name: { type: "string", description: "A label for the token" } }, ["username", "password"])) },
        responses: {
          "201": { description: "The token.", content: json(obj({ token: { type: "string" } }, ["token"])) },
          "400": { description: "Invalid body.", content: json(error) },
          "401": { description: "Wrong username or password.", content: json(error) },
          "429": { description: "Too many failed sign-ins.", content: json(error) },
          "503": { $ref: "#/components/responses/ServiceUnavailable" },
        },
      },
    },
    "/api/v1/auth/session": {
      post: {
        operationId: "signIn",
        tags: ["Staff"],
        summary: "Browser sign-in / 浏览器登录",
        description: "Sets the session cookie (the sign-in page uses it); scripts use /api/v1/auth/token.",
        security: [],
        requestBody: { required: true, content: json(obj({ username: { type: "string" }, password: { type: "string", format: "password" } }, ["username", "password"])) },
        responses: { "200": { description: "Signed in." }, "400": { description: "Invalid body.", content: json(error) }, "401": { description: "Wrong username or password.", content: json(error) }, "429": { description: "Too many failed sign-ins.", content: json(error) } },
      },
      delete: { operationId: "signOut", tags: ["Staff"], summary: "Sign out / 退出", description: "Ends the browser session.", security: [], responses: { "200": { description: "Signed out." }, "400": { description: "Refused (a cross-origin request).", content: json(error) } } },
    },
    ...{ "/api/v1/me": op("get", "getMe", "The signed-in user / 当前用户", "Name, role and permissions of the token's user.", { "200": { description: "The user.", content: json({ type: "object" }) } }) },
    "/api/v1/batches": {
      ...op("get", "listBatches", "Batches / 批次列表", "The batches the user may see, newest first.", { "200": { description: "Batches.", content: json({ type: "object" }) } }),
      ...op("post", "uploadBatch", "Upload a table / 上传数据表", "Multipart form: file (CSV in UTF-8/GBK/GB18030/UTF-16, or XLSX; long or wide layout), dryRun=true to check without staging. Every error has its file line, column and a stable code.", {
        "200": { description: "Dry run: the check report, nothing staged.", content: json({ type: "object" }) },
        "201": { description: "Staged: the new batch and its report.", content: json({ type: "object" }) },
      }, {
        requestBody: { required: true, content: { "multipart/form-data": { schema: obj({ file: { type: "string", contentEncoding: "binary" }, dryRun: { type: "string", enum: ["true", "false"] } }, ["file"]) } } },
        responses: { "409": { description: "The same file was uploaded before.", content: json(error) }, "413": { description: "Larger than UPLOAD_MAX_MB.", content: json(error) }, "422": { description: "Rejected: the report lists every error.", content: json({ type: "object" }) } },
      }),
    },
    "/api/v1/batches/{id}": op("get", "getBatch", "One batch / 单个批次", "Status, counts, report and history of a batch.", { "200": { description: "The batch.", content: json({ type: "object" }) } }, { parameters: [idParam], responses: { "404": { description: "No such batch.", content: json(error) } } }),
    "/api/v1/batches/{id}/report.csv": op("get", "getBatchReport", "A batch's check report / 批次检查报告", "Every error and warning of the batch as CSV (UTF-8 with BOM).", { "200": { description: "The report.", content: { "text/csv": { schema: { type: "string" } } } } }, { parameters: [idParam], responses: { "404": { description: "No such batch.", content: json(error) } } }),
    "/api/v1/batches/error-report": op("post", "errorReport", "Errors of a file as CSV / 错误报告", "Turns the errors of a refused upload (its JSON report) into a CSV to fix the file with.", { "200": { description: "The CSV.", content: { "text/csv": { schema: { type: "string" } } } } }, {
      requestBody: { required: true, content: json(obj({ locale: { type: "string", enum: ["zh", "en"] }, errors: { type: "array", items: { type: "object" } }, warnings: { type: "array", items: { type: "object" } } }, ["errors"])) },
    }),
    ...transition("submit", "Submit for review / 提交审核", "The uploader hands a staged batch to review."),
    ...transition("approve", "Approve into a release / 审核通过", "A second person approves the batch into a release (releaseId) or at a time (releaseAt); a revision needs revisionReason.", obj({ releaseId: { type: "integer" }, releaseAt: { type: "string", format: "date-time" }, revisionReason: { type: "string", enum: ["PRELIMINARY_TO_FINAL", "BENCHMARK", "CORRECTION"] } })),
    ...transition("reject", "Reject / 驳回", "Rejects a submitted batch with a reason.", obj({ reason: { type: "string" } }, ["reason"])),
    ...transition("withdraw", "Withdraw / 撤回", "Takes a batch back before its release time."),
    "/api/v1/templates": op("get", "getTemplate", "Upload template / 上传模板", "A CSV template in the long or wide layout for the given indicators.", { "200": { description: "The template.", content: { "text/csv": { schema: { type: "string" } } } } }, {
      parameters: [
        { name: "layout", in: "query", required: false, description: "long (default) or wide", schema: { type: "string", enum: ["long", "wide"] } },
        { name: "indicators", in: "query", required: false, description: "Indicator codes, comma-separated", schema: { type: "string" } },
        { name: "locale", in: "query", required: false, description: "zh (default) or en: the language of the headers", schema: { type: "string", enum: ["zh", "en"] } },
        { name: "regions", in: "query", required: false, description: "all (default): a row for the city and each district; none: no region rows", schema: { type: "string", enum: ["all", "none"] } },
        { name: "from", in: "query", required: false, description: "First period of the template (with to), e.g. 2025Q1", schema: { type: "string" } },
        { name: "to", in: "query", required: false, description: "Last period of the template (with from), e.g. 2025Q4", schema: { type: "string" } },
      ],
    }),
    "/api/v1/schedule": op("get", "getSchedule", "Reporting schedule / 报送日程", "What each department owes and when, and what is late.", { "200": { description: "The schedule.", content: json({ type: "object" }) } }),
    "/api/v1/catalogue/export": op("get", "exportCatalogue", "Catalogue export / 指标目录导出", "The whole indicator catalogue as CSV, in the layout catalogue import reads.", { "200": { description: "The catalogue.", content: { "text/csv": { schema: { type: "string" } } } } }),
    "/api/v1/audit": op("get", "exportAudit", "Audit export / 审计日志导出", "Audit events (filters as on the audit page) as CSV.", { "200": { description: "The events.", content: { "text/csv": { schema: { type: "string" } } } } }),
    "/api/v1/dashboard/export": op("get", "exportDashboard", "Dashboard export / 驾驶舱导出", "One of the leadership dashboard's tables as XLSX.", { "200": { description: "The workbook.", content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", contentEncoding: "binary" } } } } }, {
      parameters: [
        { name: "chart", in: "query", required: true, description: "Which table / 哪张表", schema: { type: "string", enum: [...CHART_IDS] }, example: "kpis" },
        { name: "locale", in: "query", required: false, description: "zh (default) or en", schema: { type: "string", enum: ["zh", "en"] } },
      ],
    }),
  };
}
