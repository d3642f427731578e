import { LOCAL_CLOUD_DEFAULTS } from "@shared/local-cloud-defaults";
import { storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import { readLocalAccount } from "./support/local-account";
import { captureServerAction, replayServerAction } from "./support/replay-action";
import { pushScreenShare } from "./support/room-participants";

const APP = LOCAL_CLOUD_DEFAULTS.sdkAppId;

test.describe("as an operator", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("a participant added in the browser shows with what it publishes, with no monitoring package, and goes on its exit", async ({
    page,
    localCloud,
  }) => {
    const account = await readLocalAccount();
    expect(account.apps.find((app) => app.sdkAppId === APP)?.hasMonitoringPackage).toBe(false);

    await page.goto("/rooms");
    await expect(page.getByText("No live rooms")).toBeVisible();
    await page.getByLabel("Room id").fill("2001");
    await page.getByLabel("User id").fill("alice");
    await expect(page.getByLabel("Source", { exact: true })).toHaveValue(/\/_local\/samples\/.+\.mp4$/);
    await page.getByRole("button", { name: "Add participant" }).click();

    // From the 101, 103, 201 and 203 the local cloud sent the console: no DescribeRoomInfo.
    const room = page.getByRole("region", { name: "Room 2001" });
    const alice = room.getByTestId("room-user-alice");
    await expect(alice).toContainText("Anchor");
    await expect(alice.getByRole("list", { name: "alice publishes" })).toContainText("Video");
    await expect(alice.getByRole("list", { name: "alice publishes" })).toContainText("Audio");
    expect(await localCloud.usersInRoom("2001")).toEqual(["alice"]);

    await room.getByRole("button", { name: "Remove alice" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove", exact: true }).click();
    await expect(page.getByRole("region", { name: "Room 2001" })).toHaveCount(0);
    expect(await localCloud.usersInRoom("2001")).toEqual([]);
  });

  test("a user's video and audio follow 201–204 while a screen share keeps them in the room, until the 104", async ({
    page,
    localCloud,
  }) => {
    const sample = localCloud.samples[0];
    expect(sample, "the local cloud offers sample clips").toBeDefined();
    const { TaskId } = await localCloud.trtc.StartStreamIngest({
      SdkAppId: APP,
      RoomId: "2101",
      RoomIdType: 1,
      UserId: "bob",
      UserSig: "unused-by-the-local-cloud",
      StreamUrl: sample?.url ?? "",
      RepeatNum: -1,
      MaxDuration: 10,
    });
    const screen = pushScreenShare({ roomId: "2101", userId: "bob", sampleUrl: sample?.url ?? "" });
    try {
      await page.goto("/rooms/2101");
      const bob = page.getByTestId("room-user-bob");
      const publishes = bob.getByRole("list", { name: "bob publishes" });
      await expect(publishes).toContainText("Video");
      await expect(publishes).toContainText("Audio");
      await expect(publishes).toContainText("Screen share");
      await expect(bob).toContainText("2101_bob_aux");

      // The camera stream ends, the screen share stays: 202 and 204, no 104.
      await localCloud.trtc.StopStreamIngest({ SdkAppId: APP, TaskId: TaskId ?? "" });
      await expect(publishes).not.toContainText("Video");
      await expect(publishes).not.toContainText("Audio");
      await expect(publishes).toContainText("Screen share");

      // The last stream ends: the 104 takes bob out, and the 102 the room.
      await screen.stop();
      await expect(page.getByText("Nobody is in room 2101 now")).toBeVisible();
      await expect(page.getByTestId("room-user-bob")).toHaveCount(0);
    } finally {
      await screen.stop();
    }
  });

  test("a bad room id gets a field error and nothing is sent", async ({ page, localCloud }) => {
    await page.goto("/rooms");
    await page.getByLabel("Room id").fill("room with spaces");
    await page.getByLabel("User id").fill("bob");
    await page.getByRole("button", { name: "Add participant" }).click();
    await expect(page.getByText("A room id may use letters, digits, _ and - only")).toBeVisible();
    expect(await localCloud.usersInRoom("room with spaces")).toEqual([]);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("sees live rooms but has no controls", async ({ page, localCloud }) => {
    const sample = localCloud.samples[0];
    expect(sample, "the local cloud offers sample clips").toBeDefined();
    await localCloud.trtc.StartStreamIngest({
      SdkAppId: APP,
      RoomId: "3001",
      RoomIdType: 1,
      UserId: "carol",
      UserSig: "unused-by-the-local-cloud",
      StreamUrl: sample?.url ?? "",
      RepeatNum: -1,
      MaxDuration: 10,
    });
    await page.goto("/rooms");
    const room = page.getByRole("region", { name: "Room 3001" });
    await expect(room.getByRole("cell", { name: "carol", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Add participant" })).toHaveCount(0);
    await expect(room.getByRole("button", { name: /Remove|Dismiss/ })).toHaveCount(0);
  });

  test("the server refuses the add action even when a viewer calls it directly", async ({ browser, localCloud }) => {
    const captured = await captureServerAction(browser, {
      role: "operator",
      path: "/rooms",
      trigger: async (page) => {
        await page.getByLabel("Room id").fill("4001");
        await page.getByLabel("User id").fill("mallory");
        await page.getByRole("button", { name: "Add participant" }).click();
      },
    });
    const body = await replayServerAction(captured, "viewer");

    expect(body).toContain("FORBIDDEN");
    expect(await localCloud.usersInRoom("4001")).toEqual([]);
  });
});
