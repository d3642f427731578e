import { E2E } from "./config";
import { expect, test } from "./fixtures";
import { snapshotLocalCloud } from "./support/cloud-snapshot";
import { snapshotDatabase } from "./support/database-snapshot";
import { actionTable } from "./support/hostile/action-table";
import { prepareConsole } from "./support/hostile/prepare-console";
import { routeTable } from "./support/hostile/route-table";
import { sendActionCases, sendRouteCases } from "./support/hostile/send-cases";
import { postSignIn, signInAttempts } from "./support/hostile/sign-in-attempts";
import { ownConsole, type OwnConsole } from "./support/own-console";
import { readServerActions, type ServerActionRef } from "./support/server-actions";

/*
 * One table of every server action and route handler, each sent hostile input: wrong types,
 * Tencent's ranges at both edges, huge strings, NUL characters, unknown fields, other apps' and
 * unknown ids, sessions without the role. Each must be refused with a named error, and nothing
 * may be written: the local cloud is read through the SDK around each action, and the console's
 * database is read whole before and after, with the console stopped (PGlite is one process's),
 * which is why the spec runs a console of its own.
 */

test.describe("hostile input", () => {
  let server: OwnConsole | null = null;

  test.afterEach(async () => {
    await server?.remove();
  });

  test("every server action and route handler refuses it with a named error, and nothing is written", async ({
    browser,
    localCloud,
  }) => {
    test.setTimeout(900_000);
    const own = ownConsole({ port: E2E.consolePort + 1, dataDir: ".data/e2e/hostile-console" });
    server = own;
    await own.remove();
    await own.start();
    const actions = await readServerActions();
    const refOf = (file: string, exportName: string): ServerActionRef => {
      const ref = actions.get(`${file}#${exportName}`);
      if (!ref) throw new Error(`the build has no server action ${exportName} of ${file}`);
      return ref;
    };
    const { sessions, userIds, legacyFileId } = await prepareConsole(browser, own, localCloud, refOf);

    await own.stop();
    const databaseBefore = await snapshotDatabase(own.databaseDir);
    await own.start();
    const userRows = (databaseBefore["public.users"] ?? []).map(
      (row) => JSON.parse(row) as { id: string; role: string },
    );
    const table = actionTable({
      userIds: { admin: userRows.find((row) => row.role === "admin")?.id ?? "", viewer: userIds.viewer },
      legacyFileId,
    });

    let sent = 0;
    for (const action of table) {
      await test.step(action.exportName, async () => {
        const cloudBefore = await snapshotLocalCloud(localCloud);
        sent += await sendActionCases(own.url, refOf(action.file, action.exportName), action, sessions);
        const cloudAfter = await snapshotLocalCloud(localCloud);
        expect.soft(cloudAfter, `${action.exportName} changed the local cloud`).toEqual(cloudBefore);
      });
    }
    for (const route of routeTable({ legacyFileId }))
      await test.step(route.file, async () => {
        sent += await sendRouteCases(own.url, route, sessions);
      });
    await test.step("sign-in", async () => {
      for (const attempt of signInAttempts(E2E.viewer.email)) {
        const answer = await postSignIn(own.url, attempt);
        const label = `sign-in with ${attempt.name}: ${JSON.stringify(answer)}`;
        expect.soft(answer.hasSession, label).toBe(false);
        expect.soft(answer.url, label).toMatch(/error=CredentialsSignin/);
      }
    });

    // Every action of the build is in the table: a new one cannot slip past it.
    const tested = new Set(table.map((action) => `${action.file}#${action.exportName}`));
    expect
      .soft(
        [...actions.keys()].filter((key) => !tested.has(key)),
        "actions the table lacks",
      )
      .toEqual([]);
    expect(sent, "requests sent").toBeGreaterThan(500);

    await own.stop();
    const databaseAfter = await snapshotDatabase(own.databaseDir);
    expect(databaseAfter, "the console's database, after every hostile request").toEqual(databaseBefore);
  });
});
