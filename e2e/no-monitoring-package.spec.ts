import { storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import { CLOUD_APP, readLocalAccount, selectApplication } from "./support/local-account";
import { joinColourParticipants } from "./support/room-participants";

const ROOM = "8101";

test.describe("an app without the monitoring package", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("the room page lists its users from TRTC's events, and a task starts and stops with them", async ({
    page,
    localCloud,
  }) => {
    test.setTimeout(180_000);
    const account = await readLocalAccount();
    expect(account.apps.find((app) => app.sdkAppId === CLOUD_APP)?.hasMonitoringPackage).toBe(false);
    await selectApplication(page, CLOUD_APP);
    await joinColourParticipants(localCloud, ROOM, ["red", "green"], CLOUD_APP);

    await page.goto(`/rooms/${ROOM}`);
    const users = page.getByRole("region", { name: "Users in the room", exact: true });
    for (const colour of ["red", "green"])
      await expect(users.getByTestId(`room-user-${colour}`)).toContainText("Video");
    const form = page
      .getByRole("region", { name: "Start recording", exact: true })
      .getByRole("form", { name: "Start a cloud-recording task" });
    await expect(form.getByTestId("preview-tile")).toHaveCount(2);
    await form.getByRole("button", { name: "Start recording task" }).click();
    const running = page.getByTestId("running-task");
    await expect(running.getByTestId("recording-status")).toHaveText("Recording", { timeout: 30_000 });
    await running.getByRole("button", { name: "Stop recording task" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Stop task" }).click();
    await expect(page.getByTestId("running-task")).toHaveCount(0, { timeout: 30_000 });
  });
});
