import { openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";
import path from "node:path";

export interface DataDirLock {
  release(): void;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function tryCreate(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, "wx");
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * PGlite has no protection against two processes opening one data directory, and doing so corrupts
 * it. A pid file refuses a second local cloud on the same directory; a stale one (its process is
 * gone) is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const lockPath = path.join(dataDir, "local-cloud.pid");
  if (!tryCreate(lockPath)) {
    const owner = Number(readFileSync(lockPath, "utf8").trim());
    if (Number.isInteger(owner) && owner > 0 && isProcessAlive(owner)) {
      throw new Error(
        `The data directory ${dataDir} is in use by another local cloud (pid ${owner}${owner === process.pid ? ", this process" : ""}). Stop it, or set LOCAL_CLOUD_DATA_DIR to another directory.`,
      );
    }
    rmSync(lockPath, { force: true });
    if (!tryCreate(lockPath)) throw new Error(`Another local cloud took the data directory ${dataDir} just now.`);
  }
  let isReleased = false;
  return {
    release: () => {
      if (isReleased) return;
      isReleased = true;
      rmSync(lockPath, { force: true });
    },
  };
}
