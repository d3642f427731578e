import { z } from "zod";
import { msg } from "@/lib/i18n/message";

/** TRTC room ids: a uint32 for integer rooms, else up to 64 letters, digits, `_` or `-`. */
export const roomIdSchema = z
  .string()
  .trim()
  .min(1, msg("rooms.errors.enterRoomId"))
  .max(64, msg("rooms.errors.roomIdTooLong"))
  .regex(/^[A-Za-z0-9_-]+$/, msg("rooms.errors.roomIdCharacters"));

/** TRTC user ids: up to 32 letters, digits, `_` or `-`. */
export const userIdSchema = z
  .string()
  .trim()
  .min(1, msg("rooms.errors.enterUserId"))
  .max(32, msg("rooms.errors.userIdTooLong"))
  .regex(/^[A-Za-z0-9_-]+$/, msg("rooms.errors.userIdCharacters"));

export const addParticipantSchema = z.object({
  roomId: roomIdSchema,
  userId: userIdSchema,
  streamUrl: z
    .url({ protocol: /^(https?|rtmp)$/, error: msg("rooms.errors.streamUrl") })
    .max(1024, msg("rooms.errors.urlTooLong")),
  isLooping: z.boolean({ error: msg("rooms.errors.chooseLooping") }),
});
export type AddParticipantInput = z.infer<typeof addParticipantSchema>;

export const removeUsersSchema = z.object({
  roomId: roomIdSchema,
  userIds: z.array(userIdSchema).min(1, msg("rooms.errors.pickUser")).max(10, msg("rooms.errors.atMostTen")),
});
export type RemoveUsersInput = z.infer<typeof removeUsersSchema>;

export const dismissRoomSchema = z.object({ roomId: roomIdSchema });
export type DismissRoomInput = z.infer<typeof dismissRoomSchema>;
