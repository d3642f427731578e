/**
 * For data-dir-lock.test.ts: locks the directory given as the first argument, starts a `sleep`
 * that outlives this process (as an orphaned ffmpeg would), prints `locked <sleep pid>` and waits
 * to be killed.
 */
import { spawn } from "node:child_process";
import { lockDataDir } from "./data-dir-lock";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: hold-data-dir-lock.fixture.ts <dataDir>");
lockDataDir(dataDir);
const sleeper = spawn("sleep", ["600"], { detached: true, stdio: "ignore" });
sleeper.unref();
process.stdout.write(`locked ${sleeper.pid ?? 0}\n`);
setInterval(() => undefined, 60_000);
