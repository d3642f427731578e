import { storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import { captureServerAction, replayServerAction } from "./support/replay-action";

test.describe("as an operator", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("adds a sample-clip participant, sees them listed, then removes them", async ({ page, localCloud }) => {
    await page.goto("/rooms");
    await expect(page.getByText("No live rooms")).toBeVisible();
    await page.getByLabel("Room id").fill("2001");
    await page.getByLabel("User id").fill("alice");
    await expect(page.getByLabel("Source", { exact: true })).toHaveValue(/\/_local\/samples\/.+\.mp4$/);
    await page.getByRole("button", { name: "Add participant" }).click();

    const room = page.getByRole("region", { name: "Room 2001" });
    await expect(room.getByRole("cell", { name: "alice", exact: true })).toBeVisible();
    expect(await localCloud.usersInRoom("2001")).toEqual(["alice"]);

    await room.getByRole("button", { name: "Remove alice" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove", exact: true }).click();
    await expect(page.getByRole("region", { name: "Room 2001" })).toHaveCount(0);
    expect(await localCloud.usersInRoom("2001")).toEqual([]);
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
      SdkAppId: 1400000123,
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
