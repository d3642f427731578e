import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: string | undefined;

function readOrCreateDevSecret(dataDir: string): string {
  const file = path.join(dataDir, "nextauth-secret");
  mkdirSync(dataDir, { recursive: true });
  try {
    // "wx" fails if the file exists, so two module instances (proxy and app) agree on one secret.
    writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * The JWT signing secret: NEXTAUTH_SECRET, or in local mode a random dev secret kept in the
 * console's data dir so sessions survive restarts. Read lazily so `next build` writes nothing.
 */
export function getAuthSecret(): string {
  cached ??= env.auth.secret ?? readOrCreateDevSecret(env.consoleDataDir);
  return cached;
}
