// A refused or empty SDMX query. The standard's status codes: 400 (syntax), 404 (nothing
// matches), 406 (no format the client accepts), 501 (a feature of the standard we do not
// offer). Answered in the SDMX error-message form of the negotiated format (answer-error.ts).
export class SdmxError extends Error {
  constructor(
    readonly status: 400 | 404 | 406 | 413 | 501,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

export const noResults = () => new SdmxError(404, "没有符合查询条件的结果", "No results: nothing matches the query");
export const badSyntax = (zh: string, en: string) => new SdmxError(400, zh, en);
