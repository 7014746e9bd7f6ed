// Where the e2e server copies what it logs as an error (scripts/serve.ts reads SERVER_ERROR_LOG):
// specs read what was added while they ran, to prove no request ended in an unhandled error.
import os from "node:os";
import path from "node:path";

export const serverErrorLog = path.join(os.tmpdir(), `e2e-server-errors-${process.env.E2E_PORT ?? 3100}.log`);
