/**
 * The local cloud's control secret as the launcher and the end-to-end setup find it: what
 * LOCAL_CLOUD_CONTROL_SECRET says when set (the local cloud then uses that too), else what the
 * local cloud wrote into its data dir at start. Read once the local cloud answers
 * `/_local/health`: it writes the file before it opens its port.
 */
import { controlSecretPath, readControlSecretFile } from "../local-cloud/src/core/http/control-secret-file";

export async function localCloudControlSecret(
  dataDir: string,
  given = process.env.LOCAL_CLOUD_CONTROL_SECRET,
): Promise<string> {
  const fromEnv = given?.trim();
  if (fromEnv) return fromEnv;
  const kept = await readControlSecretFile(dataDir);
  if (kept === undefined) throw new Error(`the local cloud left no control secret in ${controlSecretPath(dataDir)}`);
  return kept;
}
