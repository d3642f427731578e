import { describe, expect, it } from "vitest";
import type { AppConfig } from "@shared/local-cloud-account";
import type { RecordingRecord } from "../../../media/recorder/recording-store";
import { LEAVE_CODES } from "./cloud-recording-events";
import { isResumingTaskFile, judgeLeftover } from "./cloud-recording-leftovers";
import type { StoredTask } from "./cloud-recording-store";

const APP = 1400000456;
const cloudApp: AppConfig = { sdkAppId: APP, generation: "cloud", hasMonitoringPackage: false };
const request = {
  SdkAppId: APP,
  RoomId: "7102",
  UserId: "bot",
  UserSig: "sig",
  RecordParams: { RecordMode: 2, MaxIdleTime: 60 },
  StorageParams: { CloudVod: { TencentVod: { MediaType: 3 } } },
};
const stored = (overrides: Partial<StoredTask> = {}): StoredTask => ({
  taskId: "task-1",
  room: { sdkAppId: APP, roomId: "7102", roomIdType: 1 },
  botUserId: "bot",
  request,
  state: "running",
  leaveCode: null,
  manageableUntil: Date.now() + 3_600_000,
  failovers: 0,
  ...overrides,
});

describe("what a restart does with a task the previous run left", () => {
  it("resumes a running task of a cloud-recording app, with its stored configuration", () => {
    const leftover = judgeLeftover(stored(), cloudApp);
    expect(leftover.kind).toBe("resume");
    if (leftover.kind !== "resume") return;
    expect(leftover.config).toMatchObject({ mode: "mixed", maxIdleSeconds: 60, formats: ["hls", "mp4"] });
  });

  it("ends a task whose app is gone, is legacy now, or whose request no longer reads, as the server removing the bot", () => {
    const ends = [
      judgeLeftover(stored(), undefined),
      judgeLeftover(stored(), { ...cloudApp, generation: "legacy" }),
      judgeLeftover(stored({ request: { ...request, RecordParams: { RecordMode: 9 } } }), cloudApp),
    ];
    for (const leftover of ends) expect(leftover).toMatchObject({ kind: "end", leaveCode: LEAVE_CODES.serverKicked });
    expect(ends.map((leftover) => (leftover.kind === "end" ? leftover.reason : ""))).toEqual([
      expect.stringContaining("no longer in the account"),
      expect.stringContaining("legacy"),
      expect.stringContaining("no longer reads"),
    ]);
  });

  it("finishes ending a task that was ending, with the LeaveCode it was ending with", () => {
    expect(judgeLeftover(stored({ state: "exiting", leaveCode: LEAVE_CODES.idle }), cloudApp)).toMatchObject({
      kind: "end",
      leaveCode: LEAVE_CODES.idle,
    });
  });

  it("has the files of resuming tasks wait for their streams, and nobody else's", () => {
    const isWaiting = isResumingTaskFile([
      judgeLeftover(stored(), cloudApp),
      judgeLeftover(stored({ taskId: "gone" }), undefined),
    ]);
    const fileOf = (kind: string, taskId: string) =>
      ({ owner: { kind, sourceId: `task:${taskId}`, data: { taskId } } }) as unknown as RecordingRecord;
    expect(isWaiting(fileOf("cloud-recording", "task-1"))).toBe(true);
    expect(isWaiting(fileOf("cloud-recording", "gone"))).toBe(false);
    expect(isWaiting(fileOf("css", "task-1"))).toBe(false);
  });
});
