import "server-only";
import { msg } from "@/lib/i18n/message";
import { eq, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import type { ActionError } from "@/lib/actions/result";
import type { Db } from "@/lib/db/open-database";
import { recordingTasks, type LayoutChangeEntry, type RecordingTaskRow } from "@/lib/db/schema";

type RowChanges = Partial<typeof recordingTasks.$inferInsert>;

/** Writes what an action learnt about a recording; returns the row as it is now. */
export async function updateRecordingTask(db: Db, id: string, changes: RowChanges): Promise<RecordingTaskRow | null> {
  const [row] = await db
    .update(recordingTasks)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(recordingTasks.id, id))
    .returning();
  return row ?? null;
}

/** Appends one entry to a recording's layout history (in the same statement, so concurrent changes both land). */
export async function appendLayoutChange(
  db: Db,
  id: string,
  entry: LayoutChangeEntry,
  request: Record<string, unknown>,
) {
  await db
    .update(recordingTasks)
    .set({
      request,
      layoutChanges: sql`${recordingTasks.layoutChanges} || ${JSON.stringify([entry])}::jsonb`,
      updatedAt: new Date(),
    })
    .where(eq(recordingTasks.id, id));
}

/** A start that the cloud refused: kept, so the task list shows what went wrong. */
export async function markStartFailed(db: Db, id: string, error: ActionError): Promise<void> {
  const messages = [error.message, ...Object.values(error.fieldErrors ?? {}).flat()];
  await updateRecordingTask(db, id, {
    status: "failed",
    endedAt: new Date(),
    lastError: [...new Set(messages)].join(" "),
    lastErrorAt: new Date(),
  });
}

/** Pages that show console recordings: the room's and the task list. */
export function revalidateRecordingPages(roomId: string): void {
  revalidatePath(`/rooms/${roomId}`);
  revalidatePath("/recordings/tasks");
}

export const notFound = (): ActionError => ({
  code: "NOT_FOUND",
  message: msg("recordingTasks.actions.otherApplication"),
});
