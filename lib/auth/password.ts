// Password hashing: argon2id through @node-rs/argon2 (maintained, prebuilt, no node-gyp).
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes); ≈ 30 ms on the 2-core build machine.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain);
  } catch {
    return false; // malformed hash: treat as a wrong password, never as an error page
  }
}

/** A hash to verify against when the user does not exist, so both cases take the same time. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hash("not-a-real-password", OPTIONS);
  return dummy;
}
