import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCK_FILE_NAME, lockDataDir, type DataDirLock } from "./data-dir-lock";

const FIXTURE = fileURLToPath(new URL("./hold-data-dir-lock.fixture.ts", import.meta.url));

let dataDir = "";
const locks: DataDirLock[] = [];
const strayPids: number[] = [];

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "data-dir-lock-"));
});

afterEach(() => {
  for (const lock of locks.splice(0)) lock.release();
  for (const pid of strayPids.splice(0)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** Another process holding the lock, with the pid of a `sleep` it started (which outlives it). */
async function lockInAnotherProcess() {
  const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, dataDir], { stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once("exit", (_code, signal) => resolve(signal)),
  );
  const sleeperPid = await new Promise<number>((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      const match = /locked (\d+)/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    void exited.then(() => reject(new Error(`the lock holder exited early: ${stderr}`)));
  });
  strayPids.push(sleeperPid);
  return { pid: child.pid ?? 0, sleeperPid, exited };
}

describe("the data-dir lock", () => {
  it("refuses a second owner while the first holds it, naming its pid, and is free once released", () => {
    const first = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(`in use by another local cloud (pid ${process.pid})`);
    first.release();
    locks.push(lockDataDir(dataDir));
  });

  it("refuses while another live process holds it", async () => {
    const holder = await lockInAnotherProcess();
    strayPids.push(holder.pid);
    expect(() => lockDataDir(dataDir)).toThrow(`in use by another local cloud (pid ${holder.pid})`);
  });

  it("is free as soon as its owner is killed with SIGKILL, though a child it started lives on", async () => {
    const holder = await lockInAnotherProcess();
    process.kill(holder.pid, "SIGKILL");
    expect(await holder.exited).toBe("SIGKILL");
    expect(() => process.kill(holder.sleeperPid, 0)).not.toThrow();
    locks.push(lockDataDir(dataDir));
  });

  it("is taken by a process whose own pid a dead owner left in the file (a reused pid)", () => {
    // What a pid file left behind by `kill -9` looks like to a new process that got the same pid
    // (pid 1 in a container, every time): the old lock took it for a live owner and refused.
    writeFileSync(path.join(dataDir, LOCK_FILE_NAME), String(process.pid));
    locks.push(lockDataDir(dataDir));
  });
});
