import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { embeddedSecretFile, keepEmbeddedSecret } from "./embedded-secret";

describe("the embedded database's session secret", () => {
  const root = () => mkdtempSync(path.join(tmpdir(), "secret-"));

  it("is generated once, kept readable by the app's user only, beside the data directory and not in it", () => {
    const dataDir = path.join(root(), "pg");
    const first = keepEmbeddedSecret(dataDir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(keepEmbeddedSecret(dataDir)).toBe(first);
    const file = embeddedSecretFile(dataDir);
    expect(path.dirname(file)).toBe(path.dirname(dataDir));
    expect(file.startsWith(dataDir + path.sep)).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
  });

  it("narrows a file restored with wider permissions, and refuses one that holds no usable secret", () => {
    const dataDir = path.join(root(), "pg");
    const secret = keepEmbeddedSecret(dataDir);
    chmodSync(embeddedSecretFile(dataDir), 0o644);
    expect(keepEmbeddedSecret(dataDir)).toBe(secret);
    expect(statSync(embeddedSecretFile(dataDir)).mode & 0o777).toBe(0o600);
    writeFileSync(embeddedSecretFile(dataDir), "short\n");
    expect(() => keepEmbeddedSecret(dataDir)).toThrow(/no usable session secret/);
  });

  it("leaves no temporary files behind", () => {
    const dir = root();
    keepEmbeddedSecret(path.join(dir, "pg"));
    keepEmbeddedSecret(path.join(dir, "pg"));
    expect(existsSync(path.join(dir, "session-secret"))).toBe(true);
    expect(readdirSync(dir)).toEqual(["session-secret"]);
  });
});
