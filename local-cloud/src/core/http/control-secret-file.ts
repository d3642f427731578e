import { randomBytes } from "node:crypto";
import { chmod, open, readFile, rename, stat } from "node:fs/promises";
import path from "node:path";
import { controlSecretProblem } from "./control-secret";

/** Where a local cloud started without `controlSecret` keeps the one it made: `<dataDir>/control-secret`. */
export const CONTROL_SECRET_FILE = "control-secret";

export const controlSecretPath = (dataDir: string) => path.join(dataDir, CONTROL_SECRET_FILE);

/** The secret kept in the data dir, if there is a usable one. */
export async function readControlSecretFile(dataDir: string): Promise<string | undefined> {
  try {
    const kept = (await readFile(controlSecretPath(dataDir), "utf8")).trim();
    return controlSecretProblem(kept) === undefined ? kept : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Only the owner may read it: anyone who can read it can reset the local cloud. */
async function isOwnerOnly(file: string): Promise<boolean> {
  const { mode } = await stat(file);
  return (mode & 0o077) === 0;
}

/**
 * The control secret of a local cloud given none: the one kept in `<dataDir>/control-secret`, so
 * that tools which read it once (the launcher, a shell alias) keep working across restarts, or a
 * new random one written there with mode 0600. A kept file others could read is replaced: its
 * secret may be known. The caller holds the data-dir lock, so no second local cloud writes it.
 */
export async function ensureControlSecret(dataDir: string): Promise<string> {
  const file = controlSecretPath(dataDir);
  const kept = await readControlSecretFile(dataDir);
  if (kept !== undefined && (await isOwnerOnly(file))) return kept;
  const secret = randomBytes(32).toString("hex");
  // Written under another name and renamed, so a reader never sees a half-written secret, and
  // created 0600 from the start (chmod again in case the umask or an old file interfered).
  const fresh = `${file}.${process.pid}.tmp`;
  const handle = await open(fresh, "w", 0o600);
  try {
    await handle.writeFile(`${secret}\n`, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  await chmod(fresh, 0o600);
  await rename(fresh, file);
  return secret;
}
