import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureControlSecret } from "../local-cloud/src/core/http/control-secret-file";
import { localCloudControlSecret } from "./local-cloud-control-secret";

describe("the launcher finds the local cloud's control secret", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "local-cloud-data-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("says where it looked when the local cloud has written none", async () => {
    await expect(localCloudControlSecret(dir, undefined)).rejects.toThrow(
      `the local cloud left no control secret in ${path.join(dir, "control-secret")}`,
    );
  });

  it("reads the one the local cloud keeps in its data dir, and takes LOCAL_CLOUD_CONTROL_SECRET over it", async () => {
    const kept = await ensureControlSecret(dir);
    expect(await localCloudControlSecret(dir, undefined)).toBe(kept);
    expect(await localCloudControlSecret(dir, " ")).toBe(kept);
    expect(await localCloudControlSecret(dir, "from-the-environment-0123")).toBe("from-the-environment-0123");
  });
});
