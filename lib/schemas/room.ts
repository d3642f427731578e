import { z } from "zod";

/** TRTC room ids: a uint32 for integer rooms, else up to 64 letters, digits, `_` or `-`. */
export const roomIdSchema = z
  .string()
  .trim()
  .min(1, "Enter a room id")
  .max(64, "A room id has at most 64 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "A room id may use letters, digits, _ and - only");

/** TRTC user ids: up to 32 letters, digits, `_` or `-`. */
export const userIdSchema = z
  .string()
  .trim()
  .min(1, "Enter a user id")
  .max(32, "A user id has at most 32 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "A user id may use letters, digits, _ and - only");

export const addParticipantSchema = z.object({
  roomId: roomIdSchema,
  userId: userIdSchema,
  streamUrl: z
    .url({ protocol: /^(https?|rtmp)$/, error: "Enter an http(s) media URL or an rtmp:// stream URL" })
    .max(1024, "The URL is too long (at most 1024 characters)"),
  isLooping: z.boolean({ error: "Choose whether the clip loops" }),
});
export type AddParticipantInput = z.infer<typeof addParticipantSchema>;

export const removeUsersSchema = z.object({
  roomId: roomIdSchema,
  userIds: z.array(userIdSchema).min(1, "Pick at least one user").max(10, "Remove at most 10 users at a time"),
});
export type RemoveUsersInput = z.infer<typeof removeUsersSchema>;

export const dismissRoomSchema = z.object({ roomId: roomIdSchema });
export type DismissRoomInput = z.infer<typeof dismissRoomSchema>;
