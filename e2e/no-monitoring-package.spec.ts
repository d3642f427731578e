import { storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import { CLOUD_APP, readLocalAccount, selectApplication, writeLocalAccount } from "./support/local-account";
import { joinColourParticipants } from "./support/room-participants";

const ROOM = "8101";

test.describe("an app without the monitoring package", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("the rooms pages say once why they cannot list users, and a task starts and stops with the ids typed in", async ({
    page,
    localCloud,
  }) => {
    test.setTimeout(180_000);
    await selectApplication(page, CLOUD_APP);
    // Users enter while the package is on, so the spec can see them arrive; then it goes.
    await joinColourParticipants(localCloud, ROOM, ["red", "green"], CLOUD_APP);
    const account = await readLocalAccount();
    try {
      await writeLocalAccount({
        ...account,
        apps: account.apps.map((app) => (app.sdkAppId === CLOUD_APP ? { ...app, hasMonitoringPackage: false } : app)),
      });
      await page.goto("/rooms");
      await expect(page.getByTestId("room-queries-unavailable")).toContainText(
        "need a monthly package or the Monitoring Dashboard",
      );
      await expect(page.getByRole("button", { name: "Add participant" })).toBeVisible();

      await page.goto(`/rooms/${ROOM}`);
      await expect(page.getByTestId("room-queries-unavailable")).toHaveCount(1);
      await page.getByLabel("User ids in the room (optional)").fill("red, green");
      const form = page
        .getByRole("region", { name: "Cloud-recording tasks", exact: true })
        .getByRole("form", { name: "Start a cloud-recording task" });
      await expect(form.getByTestId("preview-tile")).toHaveCount(2);
      await form.getByRole("button", { name: "Start recording task" }).click();
      const running = page.getByTestId("running-task");
      await expect(running.getByTestId("recording-status")).toHaveText("Recording", { timeout: 30_000 });
      await running.getByRole("button", { name: "Stop recording task" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Stop task" }).click();
      await expect(page.getByTestId("running-task")).toHaveCount(0, { timeout: 30_000 });
    } finally {
      await writeLocalAccount(account);
    }
  });
});
