import { E2E, storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import { coloursAt, downloadedLastFrame, liveFrame } from "./support/frame-pixels";
import { placeTile, tileOf } from "./support/layout-editor";
import { CLOUD_APP, selectApplication } from "./support/local-account";
import { captureServerAction, replayServerAction } from "./support/replay-action";
import { joinColourParticipants } from "./support/room-participants";

/** Cloud-recording tasks exist only on a cloud-recording app (created on or after 2022-08-01). */
const APP = CLOUD_APP;
const ROOM = "7001";
const PREFIX = "e2e_task";
/** A mixed task's VOD name (reference §5.2): `<UserDefineRecordId>__UserDefine_u_<SdkAppId>_<RoomId>`. */
const TASK_FILE_NAME = `${PREFIX}__UserDefine_u_${APP}_${ROOM}`;
/**
 * The local cloud publishes a mixed task's picture into its relay as `cloudrec_<TaskId>` (its own
 * convention; Tencent keeps it internal): the spec watches it to know the new layout is on air.
 */
const liveUrl = (taskId: string) => `rtmp://127.0.0.1:${E2E.localCloudRtmpPort}/trtc_${APP}/cloudrec_${taskId}`;

/** CreateCloudRecording's grid (MixLayoutMode 3) of three at 640×360: 1/2 × 1/2 tiles, blue centred below. */
const GRID = { red: [80, 18], green: [400, 18], blue: [320, 198], leftOfBlue: [40, 198] } as const;
/** The custom layout built below: red the left half, green top right, blue bottom right. */
const CUSTOM = { redTop: [160, 36], redBottom: [160, 324], green: [480, 18], blue: [560, 198] } as const;

test.describe("cloud-recording tasks", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("a mixed task on the cloud-recording app: grid, then a custom layout from the editor, stop: one file in that layout, kept as asked", async ({
    page,
    localCloud,
  }, testInfo) => {
    test.setTimeout(240_000);
    await selectApplication(page, APP);
    await joinColourParticipants(localCloud, ROOM, ["red", "green", "blue"], APP);
    await page.goto(`/rooms/${ROOM}`);

    const panel = page.getByRole("region", { name: "Start recording", exact: true });
    const form = panel.getByRole("form", { name: "Start a cloud-recording task" });
    // A cloud-recording app has no legacy settings to start from: retention is the form's.
    await expect(form.getByLabel("Files in VOD")).toHaveValue("0");
    await form.getByLabel("Keep files (days, 0 = forever)").fill("3");
    await expect(form.getByRole("radio", { name: /^Mixed/ })).toBeChecked();
    await expect(form.getByRole("radio", { name: /^Grid/ })).toBeChecked();
    await expect(form.getByTestId("preview-tile")).toHaveCount(3);
    await expect(form.getByRole("region", { name: /Estimated cost for the 3 users/ })).toContainText(/CNY per hour/);

    // A video-only list that leaves blue out takes blue's picture out of the preview.
    await form.getByRole("radio", { name: "Only these users" }).nth(1).check();
    await form.getByLabel("Video from: user ids").fill("red, gre.*$");
    await expect(form.getByTestId("preview-tile").filter({ hasText: "(audio)" })).toHaveText("blue (audio)");
    await form.getByRole("radio", { name: "Everyone", exact: true }).nth(1).check();

    // AAC needs audio-only recording: refused on its field before anything is sent.
    await form.getByLabel("Files in VOD").selectOption("2");
    await form.getByRole("button", { name: "Start recording task" }).click();
    await expect(form.getByText("AAC files need an audio-only recording")).toBeVisible();
    await form.getByLabel("Files in VOD").selectOption("0");
    await form.getByLabel("File-name prefix (optional)").fill(PREFIX);
    await form.getByRole("button", { name: "Start recording task" }).click();

    const running = page.getByTestId("running-task");
    await expect(running).toHaveCount(1);
    await expect(running.getByTestId("recording-status")).toHaveText("Recording", { timeout: 30_000 });
    // TRTC's 301 reached the console (its callbacks point here): the card lists it as it arrives.
    const runningEvents = running.getByRole("list", { name: "Events from TRTC" }).getByTestId("task-event");
    await expect(runningEvents.first()).toHaveText(/^301 · Recorder started/);
    const taskId = (await running.getByRole("definition").first().textContent())?.trim() ?? "";
    expect(taskId).not.toBe("");
    await expect
      .poll(async () => coloursAt(await liveFrame(liveUrl(taskId)), GRID), {
        message: "the task mixes a grid",
        timeout: 30_000,
      })
      .toEqual({ red: "red", green: "green", blue: "blue", leftOfBlue: "black" });

    const change = running.getByRole("region", { name: "Change the task" });
    await change.getByRole("radio", { name: /^Custom/ }).check();
    await expect(change.getByTestId("layout-slot")).toHaveCount(3);
    await placeTile(change, "red", { x: 0, y: 0, width: 320, height: 360 });
    await placeTile(change, "green", { x: 320, y: 0, width: 320, height: 180 });
    await placeTile(change, "blue", { x: 320, y: 180, width: 320, height: 180 });
    await expect(tileOf(change, "red")).toBeVisible();
    await change.getByRole("button", { name: "Apply to the task" }).click();
    await expect(page.getByText("The task's layout and subscription were replaced")).toBeVisible();
    await expect
      .poll(async () => coloursAt(await liveFrame(liveUrl(taskId)), CUSTOM), {
        message: "the task mixes the custom layout",
        timeout: 30_000,
      })
      .toEqual({ redTop: "red", redBottom: "red", green: "green", blue: "blue" });

    await running.getByRole("button", { name: "Stop recording task" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Stop task" }).click();
    // Stopping, then gone from the running ones once the cloud no longer knows the task.
    await expect(page.getByTestId("running-task")).toHaveCount(0, { timeout: 30_000 });

    await page.goto("/recordings/tasks");
    const row = page.getByTestId("recording-task-row").filter({ hasText: taskId });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Cloud recording, mixed");
    await expect(row.getByTestId("recording-status")).toHaveText("Ended");
    await expect(row).toContainText(`Stopped by ${E2E.operator.email}`);
    await expect(row.getByTestId("layout-change-count")).toHaveText("1 change: custom");
    // The task's events, in the order they happened, on a page left open: 301, 302, then 311 once
    // the file is in VOD (the list polls; nothing reloads it).
    const events = row.getByRole("list", { name: "Events from TRTC" }).getByTestId("task-event");
    await expect(events.first()).toHaveText(/^301 · Recorder started/);
    await expect(events.filter({ hasText: "302 · Recorder stopped" })).toHaveCount(1);
    await expect(events.filter({ hasText: "311 · File uploaded to VOD" })).toHaveCount(1, { timeout: 90_000 });
    await expect(events.filter({ hasText: "311 · File uploaded to VOD" })).toContainText(TASK_FILE_NAME);
    const file = row.getByRole("list", { name: "Files produced" }).getByRole("link");
    await expect(file).toHaveCount(1, { timeout: 90_000 });
    await expect(file).toHaveText(TASK_FILE_NAME);

    // The library lists cloud-recording files with the legacy ones, found by their name.
    await page.goto(`/recordings?prefix=${PREFIX}__`);
    await expect(page.getByTestId("recording-row").filter({ hasText: TASK_FILE_NAME })).toHaveCount(1);
    await page.goto("/recordings/tasks");

    // The file's page: kept 3 days, as the form asked, as TencentVod.ExpireTime.
    await file.click();
    await expect(page.getByRole("heading", { name: TASK_FILE_NAME })).toBeVisible();
    await expect(page.getByTestId("detail-Retention")).toContainText("expires in 3 days");
    const fileId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    const frame = await downloadedLastFrame(page.request, fileId, testInfo.outputPath("task.mp4"));
    expect([frame.width, frame.height]).toEqual([640, 360]);
    expect(coloursAt(frame, CUSTOM)).toEqual({ redTop: "red", redBottom: "red", green: "green", blue: "blue" });
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("has no task control, and the server refuses a direct start", async ({ page, browser, localCloud }) => {
    await joinColourParticipants(localCloud, "7002", ["yellow"], APP);
    await selectApplication(page, APP);
    await page.goto("/rooms/7002");
    await expect(page.getByText("Operators and admins start recordings here.")).toBeVisible();
    await expect(page.getByRole("button", { name: /Start recording task|Stop recording task/ })).toHaveCount(0);

    const captured = await captureServerAction(browser, {
      role: "operator",
      path: "/rooms/7002",
      prepare: (operatorPage) => selectApplication(operatorPage, APP),
      trigger: (operatorPage) => operatorPage.getByRole("button", { name: "Start recording task" }).click(),
    });
    expect(await replayServerAction(captured, "viewer")).toContain("FORBIDDEN");
    // No task was created: the room's page lists none, running or ended.
    await page.reload();
    await expect(page.getByTestId("running-task")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Earlier recordings of this room" })).toHaveCount(0);
  });
});
