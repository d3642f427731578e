import { LOCAL_CLOUD_DEFAULTS } from "@shared/local-cloud-defaults";
import { E2E, storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import { coloursAt, downloadedLastFrame, liveFrame } from "./support/frame-pixels";
import { placeTile, selectTile, tileOf, typeInInspector } from "./support/layout-editor";
import { saveSettingsOnPage } from "./support/recording-settings";
import { captureServerAction, replayServerAction } from "./support/replay-action";
import { joinColourParticipants } from "./support/room-participants";

const APP = LOCAL_CLOUD_DEFAULTS.sdkAppId;
const ROOM = "6001";
const RECORD_ID = `${APP}_room${ROOM}`;
const STREAM_ID = `${APP}_room${ROOM}_mix`;
const LIVE_URL = `rtmp://127.0.0.1:${E2E.localCloudRtmpPort}/trtc_${APP}/${STREAM_ID}`;
/** `<RecordId>_<start>_<end>`, times in Beijing time (reference §5.1). */
const MIX_FILE_NAME = new RegExp(`^${RECORD_ID}_\\d{4}(-\\d{2}){5}_\\d{4}(-\\d{2}){5}$`);

/**
 * Points of a 640×360 picture, near the top or bottom of where tiles are (the clips draw their
 * name and clock across the middle). Grid of three (TRTC's template 1, join order red, green,
 * blue): red and green side by side on top, blue centred below. The custom layout built below:
 * red the whole left half, green top right, blue bottom right.
 */
const GRID = { red: [80, 18], green: [400, 18], blue: [320, 198], leftOfBlue: [40, 198] } as const;
const CUSTOM = { redTop: [160, 36], redBottom: [160, 324], green: [480, 18], blue: [560, 198] } as const;

test.describe("mixed recordings of a room", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("start a grid mix, switch to a custom layout from the editor, stop: one file, ending in that layout", async ({
    page,
    localCloud,
  }, testInfo) => {
    test.setTimeout(240_000);
    await saveSettingsOnPage(page, { mode: "chosen", formats: ["MP4"] });
    await joinColourParticipants(localCloud, ROOM, ["red", "green", "blue"]);

    await page.goto(`/rooms/${ROOM}`);
    const users = page.getByRole("region", { name: "Users in the room", exact: true });
    for (const colour of ["red", "green", "blue"])
      await expect(users.getByRole("cell", { name: colour, exact: true })).toBeVisible();

    const mixing = page.getByRole("region", { name: "Start recording", exact: true });
    await expect(mixing.getByLabel("Record id")).toHaveValue(RECORD_ID);
    await expect(mixing.getByLabel("Stream id")).toHaveValue(STREAM_ID);
    await expect(mixing.getByLabel("Output preset")).toHaveValue("360p");
    await expect(mixing.getByRole("radio", { name: "Grid" })).toBeChecked();
    // The live schematic of the room's three users (its order is the room query's, to the second).
    await expect(mixing.getByTestId("preview-tile")).toHaveCount(3);
    for (const colour of ["red", "green", "blue"])
      await expect(mixing.locator(`[data-testid="preview-tile"][data-user="${colour}"]`)).toHaveCount(1);
    await expect(mixing.getByRole("region", { name: "Estimated cost" })).toContainText(/≈ [\d.,]+ CNY per hour/);

    // Values outside the documented ranges are refused next to their field, before anything is sent.
    await mixing.getByLabel("Video bitrate (kbps)").fill("20000");
    await mixing.getByRole("button", { name: "Start mixed recording" }).click();
    await expect(mixing.getByText("The video bitrate must be a whole number from 1 to 10000 kbps.")).toBeVisible();
    await mixing.getByLabel("Output preset").selectOption("360p");
    await mixing.getByRole("button", { name: "Start mixed recording" }).click();

    const running = page.getByTestId("running-mix");
    await expect(running.getByTestId("recording-status")).toHaveText("Recording");
    await expect(running.getByTestId("elapsed-cost")).toContainText(/CNY so far/);
    await expect
      .poll(async () => coloursAt(await liveFrame(LIVE_URL), GRID), {
        message: "the live mix is a grid",
        timeout: 30_000,
      })
      .toEqual({ red: "red", green: "green", blue: "blue", leftOfBlue: "black" });

    // The editor starts from the grid on screen, each tile pinned to its user.
    const relayout = running.getByRole("region", { name: "Change the layout" });
    await relayout.getByRole("radio", { name: "Custom" }).check();
    await expect(relayout.getByTestId("layout-slot")).toHaveCount(3);
    for (const colour of ["red", "green", "blue"])
      await expect(tileOf(relayout, colour)).toHaveAccessibleName(/320×180 at /);

    // Drag red's tile far right: it moves, and stays inside the canvas however far it is pulled.
    await relayout.getByTestId("layout-editor-canvas").scrollIntoViewIfNeeded();
    const canvasBox = await relayout.getByTestId("layout-editor-canvas").boundingBox();
    const redBox = await tileOf(relayout, "red").boundingBox();
    if (!canvasBox || !redBox) throw new Error("the editor's canvas is not on screen");
    await page.mouse.move(redBox.x + redBox.width / 2, redBox.y + redBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(redBox.x + redBox.width / 2 + canvasBox.width * 2, redBox.y + redBox.height / 2, {
      steps: 8,
    });
    await page.mouse.up();
    await expect(tileOf(relayout, "red")).toHaveAccessibleName(/320×180 at 320,\d+/);
    // Keys move a focused tile by 8 output pixels.
    await tileOf(relayout, "red").press("ArrowLeft");
    await expect(tileOf(relayout, "red")).toHaveAccessibleName(/320×180 at 312,\d+/);

    await placeTile(relayout, "red", { x: 0, y: 0, width: 320, height: 360 });
    await placeTile(relayout, "green", { x: 320, y: 0, width: 320, height: 180 });
    // Moved right, blue's tile would cross the edge: the editor cuts it there rather than emit a tile the MCU refuses.
    await selectTile(relayout, "blue");
    await typeInInspector(relayout, "X", 400);
    await expect(tileOf(relayout, "blue")).toHaveAccessibleName(/240×180 at 400,/);
    await placeTile(relayout, "blue", { x: 320, y: 180, width: 320, height: 180 });
    await expect(relayout.getByTestId("layout-preview")).toHaveAccessibleName(
      /640×360: (red|green|blue)(, (red|green|blue)){2}/,
    );

    await relayout.getByRole("button", { name: "Apply layout" }).click();
    await expect(page.getByText("Layout changed to Custom")).toBeVisible();
    await expect(running.getByRole("list", { name: "Layout changes" })).toContainText("custom");
    await expect
      .poll(async () => coloursAt(await liveFrame(LIVE_URL), CUSTOM), {
        message: "the live mix shows the custom layout",
        timeout: 30_000,
      })
      .toEqual({ redTop: "red", redBottom: "red", green: "green", blue: "blue" });

    await running.getByRole("button", { name: "Stop mixed recording" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Stop recording" }).click();
    await expect(page.getByTestId("running-mix")).toHaveCount(0);
    await expect(mixing.getByRole("button", { name: "Start mixed recording" })).toBeVisible();

    // The task list: who started and stopped it, its layout change, and the one file it made.
    await page.goto("/recordings/tasks");
    // Newest first: this run's mix is the first row of its record id.
    const row = page.getByTestId("recording-task-row").filter({ hasText: RECORD_ID }).first();
    await expect(row).toContainText("Mixed recording (MCU)");
    await expect(row.getByTestId("recording-status")).toHaveText("Ended");
    await expect(row).toContainText(`Stopped by ${E2E.operator.email}`);
    await expect(row.getByTestId("layout-change-count")).toHaveText("1 change: custom");
    const file = row.getByRole("list", { name: "Files produced" }).getByRole("link");
    await expect(file).toHaveCount(1, { timeout: 90_000 });
    await expect(file).toHaveText(MIX_FILE_NAME);
    const name = (await file.textContent()) ?? "";

    // The library holds exactly that one file under the record id.
    await page.goto(`/recordings?prefix=${RECORD_ID}_`);
    const library = page.getByTestId("recording-row");
    await expect(library).toHaveCount(1);
    await expect(library).toContainText(name);
    const fileId = (await library.getByRole("link").first().getAttribute("href"))?.match(/\/recordings\/(\d+)/)?.[1];
    expect(fileId, "the library links the recording").toBeTruthy();

    // Its last frame is the custom layout, each colour where the editor put it.
    const frame = await downloadedLastFrame(page.request, fileId ?? "", testInfo.outputPath("mix.mp4"));
    expect([frame.width, frame.height]).toEqual([640, 360]);
    expect(coloursAt(frame, CUSTOM)).toEqual({ redTop: "red", redBottom: "red", green: "green", blue: "blue" });
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("has no start control, and the server refuses a direct call", async ({ page, browser, localCloud }) => {
    await joinColourParticipants(localCloud, "6002", ["yellow"]);
    await page.goto("/rooms/6002");
    await expect(
      page
        .getByRole("region", { name: "Users in the room", exact: true })
        .getByRole("cell", { name: "yellow", exact: true }),
    ).toBeVisible();
    await expect(page.getByText("Operators and admins start recordings here.")).toBeVisible();
    await expect(page.getByRole("button", { name: /Start mixed recording|Start recording task/ })).toHaveCount(0);

    const captured = await captureServerAction(browser, {
      role: "operator",
      path: "/rooms/6002",
      trigger: (operatorPage) => operatorPage.getByRole("button", { name: "Start mixed recording" }).click(),
    });
    expect(await replayServerAction(captured, "viewer")).toContain("FORBIDDEN");
    // Nothing reached the cloud: the room has no mix to stop.
    await expect(localCloud.trtc.StopMCUMixTranscode({ SdkAppId: APP, RoomId: 6002 })).rejects.toMatchObject({
      code: "FailedOperation.MixSessionNotExist",
    });
  });
});
