import { describe, expect, it } from "vitest";
import { activeHref, navItemsFor } from "./nav-items";

describe("the sidebar's current page", () => {
  const items = navItemsFor("cloud");

  it("marks Recording tasks alone on /recordings/tasks", () => {
    expect(activeHref(items, "/recordings/tasks")).toBe("/recordings/tasks");
  });

  it("marks Recordings on a recording's own page", () => {
    expect(activeHref(items, "/recordings")).toBe("/recordings");
    expect(activeHref(items, "/recordings/abc123")).toBe("/recordings");
  });

  it("marks Overview only at the root, and nothing for a path no link is under", () => {
    expect(activeHref(items, "/")).toBe("/");
    expect(activeHref(items, "/rooms/1")).toBe("/rooms");
    expect(activeHref(items, "/roomsx")).toBeNull();
  });
});
