/**
 * The part of `fs-native-extensions` (Holepunch; no type declarations of its own) that the data-dir
 * lock uses. On Linux these are open-file-description locks (`F_OFD_SETLK`), on macOS `flock`, on
 * Windows `LockFileEx`: all held by an open file, not by a pid.
 */
declare module "fs-native-extensions" {
  /** Takes an exclusive lock on the whole file without waiting: false when another open file holds one. */
  export function tryLock(fd: number, offset?: number, length?: number, options?: { shared?: boolean }): boolean;
  export function unlock(fd: number, offset?: number, length?: number): void;
}
