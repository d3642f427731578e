import "server-only";
import type { VodClient } from "@/lib/cloud/clients";
import type { Db } from "@/lib/db/open-database";
import { autoJoinPass } from "./auto-join";
import { onJoinStarted } from "./join-started";
import { pollJoins } from "./poll-joins";

/** How often processing joins are asked about (VOD joins a few pieces in seconds to minutes). */
export const JOIN_POLL_MS = 10_000;

export interface JoinWorkerDeps {
  db: Db;
  vod?: VodClient;
  now?: () => Date;
}

/** One pass: follow the processing joins, then start the automatic ones that are due. */
export async function runJoinPass(deps: JoinWorkerDeps): Promise<void> {
  const now = deps.now ?? (() => new Date());
  await pollJoins(deps.db, { vod: deps.vod, now: now() });
  await autoJoinPass(deps.db, { vod: deps.vod, now: now() });
}

const holder = globalThis as typeof globalThis & { __joinWorker?: { timer: NodeJS.Timeout } };

/**
 * Runs the joins' passes in this process: on a timer, and at once when a join was started. One
 * pass at a time; a hint during a pass makes it run once more. Other instances run their own:
 * every end of a join is a conditional update, and starts are locked per session.
 */
export function startJoinWorker(deps: JoinWorkerDeps): void {
  if (holder.__joinWorker) return;
  let running: Promise<void> | null = null;
  let again = false;
  const kick = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = runJoinPass(deps)
      .catch((error: unknown) => console.error("[joins] a pass failed; tried again soon:", error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          kick();
        }
      });
  };
  onJoinStarted(kick);
  const timer = setInterval(kick, JOIN_POLL_MS);
  timer.unref();
  holder.__joinWorker = { timer };
  kick();
}
