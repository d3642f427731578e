import "server-only";
import { randomBytes } from "node:crypto";

/** A bot user id of its own per task: reusing one in a room kicks the earlier task (reference §2.2). */
export const newBotUserId = (): string => `recorder_${randomBytes(6).toString("hex")}`;
