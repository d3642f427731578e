import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { addParticipantSchema, removeUsersSchema } from "./room";

const valid = {
  roomId: "1001",
  userId: "alice",
  streamUrl: "http://127.0.0.1:4566/_local/samples/red-360p.mp4",
  isLooping: true,
};

describe("addParticipantSchema", () => {
  it("accepts a sample clip, an https file and an rtmp stream", () => {
    expect(addParticipantSchema.safeParse(valid).success).toBe(true);
    expect(addParticipantSchema.safeParse({ ...valid, streamUrl: "https://cdn.example.com/a.mp4" }).success).toBe(true);
    expect(addParticipantSchema.safeParse({ ...valid, streamUrl: "rtmp://live.example.com/app/stream" }).success).toBe(
      true,
    );
  });

  it.each([
    [{ roomId: "" }, "roomId", "Enter a room id"],
    [{ roomId: "a b" }, "roomId", "letters, digits, _ and - only"],
    [{ roomId: "x".repeat(65) }, "roomId", "at most 64"],
    [{ userId: "x".repeat(33) }, "userId", "at most 32"],
    [{ streamUrl: "ftp://example.com/a.mp4" }, "streamUrl", "http(s) media URL or an rtmp://"],
    [{ streamUrl: "not a url" }, "streamUrl", "http(s) media URL or an rtmp://"],
  ])("rejects %o on %s saying what is allowed", (override, field, message) => {
    const result = addParticipantSchema.safeParse({ ...valid, ...override });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path[0] === field);
    expect(messageText(issue?.message ?? "")).toContain(message);
  });
});

describe("removeUsersSchema", () => {
  it("allows 1 to 10 users", () => {
    expect(removeUsersSchema.safeParse({ roomId: "1", userIds: [] }).success).toBe(false);
    expect(removeUsersSchema.safeParse({ roomId: "1", userIds: ["a"] }).success).toBe(true);
    expect(
      removeUsersSchema.safeParse({ roomId: "1", userIds: Array.from({ length: 11 }, (_, i) => `u${i}`) }).success,
    ).toBe(false);
  });
});
