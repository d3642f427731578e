import { E2E, storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import { coloursAt, liveFrame } from "./support/frame-pixels";
import { CLOUD_APP, VOD_DEFAULT_APP, selectApplication } from "./support/local-account";
import { joinColourParticipants } from "./support/room-participants";

const ROOM = "8001";
const RECORD_ID = "e2e_cloudmix";
const STREAM_ID = "e2e_cloudmix_stream";
const LIVE_URL = `rtmp://127.0.0.1:${E2E.localCloudRtmpPort}/trtc_${CLOUD_APP}/${STREAM_ID}`;

test.describe("MCU mixes on the cloud-recording app", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("the page says a mix is not recorded here, and a mix sent with a RecordId makes no file", async ({
    page,
    localCloud,
  }) => {
    test.setTimeout(240_000);
    await selectApplication(page, CLOUD_APP);
    await joinColourParticipants(localCloud, ROOM, ["red"], CLOUD_APP);
    await page.goto(`/rooms/${ROOM}`);

    // What the page says before anything starts: a task records; a mix is relayed, not recorded, with no record id to give.
    const start = page.getByRole("region", { name: "Start recording", exact: true });
    await expect(start.getByRole("radio", { name: "Cloud-recording task" })).toBeChecked();
    await start.getByRole("radio", { name: "MCU mix (relay only)" }).check();
    const mixing = start.getByRole("form", { name: "Start a mixed recording" });
    await expect(mixing.getByTestId("mix-not-recorded")).toContainText("relayed as a stream here, not recorded");
    await expect(mixing.getByLabel("Record id")).toHaveCount(0);
    await expect(mixing.getByRole("button", { name: "Start mix (relay only)" })).toBeVisible();

    // A task records the room meanwhile: its file reaching VOD is the event that says the uploads are done.
    await start.getByRole("radio", { name: "Cloud-recording task" }).check();
    await start.getByRole("button", { name: "Start recording task" }).click();
    const running = page.getByTestId("running-task");
    await expect(running.getByTestId("recording-status")).toHaveText("Recording", { timeout: 30_000 });
    const taskId = (await running.getByRole("definition").first().textContent())?.trim() ?? "";

    // What an app's own backend might send: a mix with a RecordId. It runs and relays…
    await localCloud.trtc.StartMCUMixTranscode({
      SdkAppId: CLOUD_APP,
      RoomId: Number(ROOM),
      OutputParams: { StreamId: STREAM_ID, RecordId: RECORD_ID },
      EncodeParams: {
        AudioSampleRate: 48000,
        AudioBitrate: 64,
        AudioChannels: 2,
        VideoWidth: 640,
        VideoHeight: 360,
        VideoBitrate: 550,
        VideoFramerate: 15,
        VideoGop: 2,
      },
      LayoutParams: { Template: 1 },
    });
    await expect
      .poll(async () => coloursAt(await liveFrame(LIVE_URL), { top: [160, 30] }), {
        message: "the mix is relayed",
        timeout: 30_000,
      })
      .toEqual({ top: "red" });
    await localCloud.trtc.StopMCUMixTranscode({ SdkAppId: CLOUD_APP, RoomId: Number(ROOM) });

    await running.getByRole("button", { name: "Stop recording task" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Stop task" }).click();
    await page.goto("/recordings/tasks");
    const row = page.getByTestId("recording-task-row").filter({ hasText: taskId });
    await expect(row.getByRole("list", { name: "Files produced" }).getByRole("link")).toHaveCount(1, {
      timeout: 90_000,
    });

    // …and records nothing: VOD holds no file under its record id.
    const { TotalCount } = await localCloud.vod.SearchMedia({
      NamePrefixes: [`${RECORD_ID}_`],
      SubAppId: VOD_DEFAULT_APP,
    });
    expect(TotalCount).toBe(0);
    await page.goto(`/recordings?prefix=${RECORD_ID}_`);
    await expect(page.getByText("Nothing matches this search.")).toBeVisible();
  });
});
