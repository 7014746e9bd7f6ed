// The cookie-sealing secret of an installation on the embedded database (README's first
// command, no configuration): generated once and kept in a file only the app's OS user can
// read, beside the data directory and not in it, so that neither the database nor a copy of
// its data directory can seal a session. scripts/with-db.ts passes it on as SESSION_SECRET.
import { randomBytes } from "node:crypto";
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIN_SECRET_LENGTH } from "../auth/secret-rules";

export function embeddedSecretFile(dataDir: string): string {
  return path.join(path.dirname(path.resolve(dataDir)), "session-secret");
}

export function keepEmbeddedSecret(dataDir: string): string {
  const file = embeddedSecretFile(dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  // written whole under a temporary name, then linked into place: a second start at the same
  // moment either wins the link or reads the first one's complete file
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(tmp, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  try {
    linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  } finally {
    unlinkSync(tmp);
  }
  // a copy restored with wider permissions is narrowed again
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`${file} holds no usable session secret (under ${MIN_SECRET_LENGTH} characters): delete it to generate a new one`);
  return secret;
}
