import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONSOLE_ACTIONS } from "./console-actions";

/** Every `"service:Action"` a lib/cloud operation file names, as cloudRead/cloudWrite take it. */
async function actionsNamedUnderLibCloud(): Promise<string[]> {
  const found = new Set<string>();
  for (const service of ["trtc", "vod", "live"]) {
    const dir = path.resolve("lib/cloud", service);
    for (const file of await readdir(dir)) {
      if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
      const text = await readFile(path.join(dir, file), "utf8");
      for (const match of text.matchAll(/"((?:trtc|vod|live):[A-Za-z]+)"/g)) if (match[1]) found.add(match[1]);
    }
  }
  return [...found].sort();
}

describe("CONSOLE_ACTIONS", () => {
  it("lists exactly the actions the console's lib/cloud operations call, each once", async () => {
    const listed = CONSOLE_ACTIONS.map((entry) => entry.action);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(await actionsNamedUnderLibCloud());
  });

  it("never sends a create whose only required parameter is a name, and names a neighbour for each", () => {
    const notSent = CONSOLE_ACTIONS.filter((entry) => entry.probe.kind === "not-sent").map((entry) => entry.action);
    expect(notSent).toEqual(["vod:CreateSubAppId", "live:CreateLiveRecordTemplate", "live:CreateLiveCallbackTemplate"]);
    const listed = new Set(CONSOLE_ACTIONS.map((entry) => entry.action));
    for (const entry of CONSOLE_ACTIONS) {
      if (entry.probe.kind === "not-sent")
        for (const neighbour of entry.probe.neighbours) expect(listed).toContain(neighbour);
    }
  });
});
