import { CLOUD_APP } from "../local-account";
import { edges, invalid, NO_SUCH_ID, type ActionUnderTest } from "./cases";
import { mix, mixLayout, participant, subscription, task, taskLayout, tile, users } from "./valid-inputs";

/** The rooms' actions: participants, MCU mixes and cloud-recording tasks (reference §2's ranges). */
export function liveActions(): ActionUnderTest[] {
  return [
    {
      file: "lib/actions/rooms/add-participant.ts",
      exportName: "addParticipant",
      role: "operator",
      valid: participant,
      cases: [
        ...edges(participant, "streamUrl", {
          "a local file": "file:///etc/passwd",
          ftp: "ftp://127.0.0.1/clip.mp4",
          gopher: "gopher://127.0.0.1:25/x",
          "1025 characters": `http://127.0.0.1/${"a".repeat(1008)}`,
        }),
        ...edges(participant, "roomId", { "65 characters": "r".repeat(65), "a space": "a b", "a path": "../x" }),
        ...edges(participant, "userId", { "33 characters": "u".repeat(33), "a slash": "a/b" }),
      ],
    },
    {
      file: "lib/actions/rooms/remove-users.ts",
      exportName: "removeUsers",
      role: "operator",
      valid: { roomId: "hostile-room", userIds: ["hostile_user"] },
      cases: edges({ roomId: "hostile-room", userIds: ["hostile_user"] }, "userIds", { none: [], "11": users(11) }),
    },
    {
      file: "lib/actions/rooms/dismiss-room.ts",
      exportName: "dismissRoom",
      role: "operator",
      valid: { roomId: "hostile-room" },
      cases: edges({ roomId: "hostile-room" }, "roomId", {
        empty: "",
        "65 characters": "r".repeat(65),
        "a quote": "a'b",
      }),
    },
    {
      file: "lib/actions/recording-tasks/start-mix.ts",
      exportName: "startMix",
      role: "operator",
      valid: mix,
      cases: [
        ...edges(mix, "output.width", { "1": 1, "1921": 1921 }),
        ...edges(mix, "output.height", { "1": 1, "1081": 1081 }),
        ...edges(mix, "output.videoBitrateKbps", { "0": 0, "10001": 10_001 }),
        ...edges(mix, "output.framerate", { "0": 0, "61": 61 }),
        ...edges(mix, "output.gopSeconds", { "0": 0, "6": 6 }),
        ...edges(mix, "output.audioSampleRate", { "44000": 44_000 }),
        ...edges(mix, "output.audioBitrateKbps", { "7": 7, "501": 501 }),
        ...edges(mix, "output.audioChannels", { "0": 0, "3": 3 }),
        ...edges(mix, "layout.mixVideoUserIds", { "17 users": users(17) }),
        ...edges(mix, "layout.slots", { "17 tiles": Array.from({ length: 17 }, (_, index) => tile(index)) }),
        invalid("a custom tile above layer 15", "layout.slots", {
          ...mix,
          layout: { ...mixLayout, template: "custom", slots: [{ ...tile(0), zOrder: 16 }] },
        }),
        invalid("a tile across the right edge", "layout.slots.0.width", {
          ...mix,
          layout: { ...mixLayout, template: "custom", slots: [{ ...tile(0), x: 630, width: 32 }] },
        }),
        ...edges(mix, "recordId", { "65 characters": "r".repeat(65), "a dot": "a.b" }),
      ],
    },
    {
      file: "lib/actions/recording-tasks/change-mix-layout.ts",
      exportName: "changeMixLayout",
      role: "operator",
      valid: { recordingId: NO_SUCH_ID, layout: mixLayout },
      cases: [
        {
          name: "a mix this app does not have",
          input: { recordingId: NO_SUCH_ID, layout: mixLayout },
          codes: ["NOT_FOUND"],
        },
        ...edges({ recordingId: NO_SUCH_ID, layout: mixLayout }, "recordingId", { "no uuid": "mix-1" }),
      ],
    },
    ...(["stopMix", "stopTask"] as const).map((exportName): ActionUnderTest => ({
      file: `lib/actions/recording-tasks/${exportName === "stopMix" ? "stop-mix" : "stop-task"}.ts`,
      exportName,
      role: "operator",
      valid: { recordingId: NO_SUCH_ID },
      cases: [
        { name: "a recording this app does not have", input: { recordingId: NO_SUCH_ID }, codes: ["NOT_FOUND"] },
        {
          name: "a recording the cloud-recording app does not have",
          input: { recordingId: NO_SUCH_ID },
          codes: ["NOT_FOUND"],
          selectedApp: CLOUD_APP,
        },
        ...edges({ recordingId: NO_SUCH_ID }, "recordingId", { "no uuid": "task-1" }),
      ],
    })),
    {
      file: "lib/actions/recording-tasks/start-task.ts",
      exportName: "startTask",
      role: "operator",
      valid: task,
      cases: [
        ...edges(task, "maxIdleSeconds", { "4": 4, "86401": 86_401 }),
        ...edges(task, "retentionDays", { "-1": -1, "1501": 1501 }),
        ...edges(task, "output.width", { "1": 1, "1921": 1921 }),
        ...edges(task, "output.framerate", { "0": 0, "61": 61 }),
        ...edges(task, "output.videoBitrateKbps", { "63": 63, "8193": 8193 }),
        ...edges(task, "output.gopSeconds", { "0": 0, "11": 11 }),
        ...edges(task, "output.audioSampleRate", { "0": 0, "4": 4 }),
        ...edges(task, "output.audioBitrateKbps", { "31": 31, "129": 129 }),
        ...edges(task, "mediaType", { "5": 5 }),
        ...edges(task, "streamType", { "3": 3 }),
        ...edges(task, "userDefineRecordId", { "65 characters": "r".repeat(65) }),
        ...edges(task, "layout.slots", { "26 tiles": Array.from({ length: 26 }, (_, index) => tile(index)) }),
        invalid("more than 1920 × 1080 pixels", "output.height", {
          ...task,
          output: { ...task.output, width: 1920, height: 1920 },
        }),
        invalid("AAC files of audio and video", "mediaType", { ...task, mediaType: 2 }),
        invalid("33 subscribed users", "subscription.audio.userIds", {
          ...task,
          subscription: { ...subscription, audio: { mode: "allow", userIds: users(33).join(",") } },
        }),
      ],
    },
    {
      file: "lib/actions/recording-tasks/modify-task.ts",
      exportName: "modifyTask",
      role: "operator",
      valid: { recordingId: NO_SUCH_ID, subscription, layout: taskLayout },
      cases: [
        {
          name: "a task this app does not have",
          input: { recordingId: NO_SUCH_ID, subscription, layout: taskLayout },
          codes: ["NOT_FOUND"],
          selectedApp: CLOUD_APP,
        },
        {
          name: "a task on the legacy app, which has none",
          input: { recordingId: NO_SUCH_ID, subscription, layout: taskLayout },
          codes: ["CONFLICT", "NOT_FOUND"],
        },
      ],
    },
  ];
}
