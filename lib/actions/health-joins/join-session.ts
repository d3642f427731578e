"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { toJoinSummary, type JoinSummary } from "@/lib/data/health/read-file-session";
import { startJoin } from "@/lib/health/joins/start-join";
import { joinSessionSchema } from "./schemas";

/**
 * "Join into one file" on a recording page: starts VOD's join of the split session the file is a
 * piece of (in the selected application), audited with its pieces and VOD's task.
 */
export const joinSession = defineAction({
  name: "joinSession",
  role: "operator",
  schema: joinSessionSchema,
  handler: async (input, { db, user, audit }) => {
    const { sdkAppId } = await getCurrentApplication(db);
    const started = await startJoin(db, { sdkAppId, fileId: input.fileId, requestedByEmail: user.email });
    if (!started.ok) return started;
    const join = started.data;
    await audit("health.join.start", `app:${sdkAppId}`, {
      joinId: join.id,
      pieceFileIds: join.pieceFileIds,
      vodTaskId: join.vodTaskId,
    });
    for (const fileId of join.pieceFileIds) revalidatePath(`/recordings/${fileId}`);
    return ok<JoinSummary>(toJoinSummary(join));
  },
});
