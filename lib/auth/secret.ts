import "server-only";
import { sessionSecretProblem } from "./secret-rules";

// The key iron-session seals cookies with: SESSION_SECRET, from the environment only. With the
// embedded database scripts/with-db.ts supplies one generated once and kept in a 0600 file
// beside the data directory (lib/db/embedded-secret.ts); on DATABASE_URL the operator sets it
// and scripts/serve.ts refuses to start without it. Never in the database: a dump, a backup or
// the replica alone must not be enough to seal an administrator's cookie.
export function sessionSecret(): string {
  const value = process.env.SESSION_SECRET;
  const problem = sessionSecretProblem(value);
  if (problem) throw new Error(problem);
  return value!;
}
