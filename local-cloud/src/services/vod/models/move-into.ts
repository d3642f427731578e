import { copyFile, link, mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Puts a file or directory at `target` and leaves `source` as it is: hard links on one file system,
 * a copy across them. VOD removes the source only once its row is committed, so that a crash
 * between the two loses nothing: the recorder finds its files where it left them and hands them on
 * again (a move would have taken them to a directory no row names).
 */
export async function placeInto(source: string, target: string): Promise<void> {
  const info = await stat(source);
  if (info.isDirectory()) {
    await mkdir(target, { recursive: true });
    for (const entry of await readdir(source)) await placeInto(path.join(source, entry), path.join(target, entry));
    return;
  }
  try {
    await link(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await copyFile(source, target);
  }
}

/** Removes what `placeInto` placed elsewhere, once that is committed. */
export async function removeSource(source: string): Promise<void> {
  await rm(source, { recursive: true, force: true });
}

/** Bytes of a file, or of every file below a directory (an HLS recording is many files). */
export async function sizeOf(target: string): Promise<number> {
  const info = await stat(target);
  if (!info.isDirectory()) return info.size;
  const entries = await readdir(target);
  const sizes = await Promise.all(entries.map((entry) => sizeOf(path.join(target, entry))));
  return sizes.reduce((sum, size) => sum + size, 0);
}
