import { closeSync, constants, ftruncateSync, openSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";
import { tryLock } from "fs-native-extensions";

export interface DataDirLock {
  release(): void;
}

/** Kept across runs: deleting it would let two starters lock two different files of one name. */
export const LOCK_FILE_NAME = "local-cloud.lock";

function ownerPidOf(lockPath: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockPath, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PGlite has no protection against two processes opening one data directory, and doing so
 * corrupts it, so a local cloud holds an exclusive lock on `<dataDir>/local-cloud.lock` while it
 * runs.
 *
 * The lock is the kernel's, on an open file (Linux open-file-description locks, `flock` on macOS,
 * `LockFileEx` on Windows, through `fs-native-extensions`): it ends when the file is closed, and
 * so when its process dies, `kill -9` included. Nothing is judged by pid: a pid file did that
 * before, and after a `kill -9` a new local cloud that got the dead one's pid (pid 1 in a
 * container, every time) took the stale file for a live owner and refused to start. Other ways
 * were weighed: `proper-lockfile` decides staleness by mtime, so a crashed owner blocks starts for
 * its stale period and a paused live one loses the lock; `fs-ext` gives `flock` too but builds a
 * native addon at install, where this package ships prebuilt binaries. Node opens files with
 * O_CLOEXEC, so the ffmpegs the local cloud starts do not inherit the lock and cannot keep it
 * after their parent is killed.
 *
 * The pid written into the file only names the owner in the refusal message.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const lockPath = path.join(dataDir, LOCK_FILE_NAME);
  const fd = openSync(lockPath, constants.O_RDWR | constants.O_CREAT, 0o644);
  let isLocked: boolean;
  try {
    isLocked = tryLock(fd);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  if (!isLocked) {
    closeSync(fd);
    const owner = ownerPidOf(lockPath);
    throw new Error(
      `The data directory ${dataDir} is in use by another local cloud${owner ? ` (pid ${owner})` : ""}. Stop it, or set LOCAL_CLOUD_DATA_DIR to another directory.`,
    );
  }
  ftruncateSync(fd, 0);
  writeSync(fd, String(process.pid), 0);
  let isReleased = false;
  return {
    release: () => {
      if (isReleased) return;
      isReleased = true;
      closeSync(fd);
    },
  };
}
