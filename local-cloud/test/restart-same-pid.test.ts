import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE_NAME } from "../src/core/store/data-dir-lock";
import { freePort } from "./helpers/free-port";
import { seedShortSamples, startLocalCloudProcess, type LocalCloudProcess } from "./helpers/local-cloud-process";
import { makeDataDir, removeDataDir, TEST_APP, trtcClient } from "./helpers/test-cloud";

/*
 * A restart after kill -9 where the new local cloud gets the dead one's pid, as in a container
 * where it is pid 1 every time. Each run is started in a PID namespace of its own
 * (`unshare --pid --fork`), where it is pid 1: the dead run's lock file names pid 1, and so does
 * the new run. The lock must not take that for a live owner.
 */

/** Runs the local cloud as pid 1 of a new PID namespace; unshare kills it if unshare itself dies. */
const AS_PID_1 = ["unshare", "--pid", "--fork", "--kill-child=SIGKILL"];

function canUnsharePid(): boolean {
  try {
    execFileSync("unshare", ["--pid", "--fork", "true"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The pid (in our namespace) of the local cloud unshare started: its only child. */
async function innerPid(wrapper: LocalCloudProcess): Promise<number> {
  const children = await readFile(`/proc/${wrapper.pid}/task/${wrapper.pid}/children`, "utf8");
  const [pid] = children.trim().split(/\s+/).map(Number);
  if (!pid) throw new Error(`unshare (pid ${wrapper.pid}) has no child`);
  return pid;
}

let dataDir = "";
let port = 0;
let rtmpPort = 0;
const processes: LocalCloudProcess[] = [];

beforeAll(async () => {
  dataDir = await makeDataDir();
  await seedShortSamples(dataDir);
  [port, rtmpPort] = [await freePort(), await freePort()];
});

afterAll(async () => {
  for (const cloud of processes) await cloud.kill("SIGKILL");
  if (dataDir) await removeDataDir(dataDir);
});

describe.skipIf(!canUnsharePid())("a restart after kill -9 with the same pid", () => {
  it("starts, where a pid-file lock would see its own pid as a live owner", async () => {
    const first = await startLocalCloudProcess({ port, rtmpPort, dataDir, wrapper: AS_PID_1 });
    processes.push(first);
    const lockPath = path.join(dataDir, LOCK_FILE_NAME);
    expect(await readFile(lockPath, "utf8")).toBe("1");

    process.kill(await innerPid(first), "SIGKILL");
    await first.exited;
    // What the dead run left: a lock file naming pid 1, the pid the next run will have.
    expect(await readFile(lockPath, "utf8")).toBe("1");

    const second = await startLocalCloudProcess({ port, rtmpPort, dataDir, wrapper: AS_PID_1 });
    processes.push(second);
    expect(await readFile(lockPath, "utf8")).toBe("1");
    await expect(trtcClient(port).DescribeStreamIngest({ SdkAppId: TEST_APP, TaskId: "none" })).resolves.toEqual(
      expect.objectContaining({ Status: "NotExist" }),
    );
  });
});
