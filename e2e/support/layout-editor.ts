import { expect, type Locator } from "@playwright/test";

export interface TileBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The custom layout editor's tile pinned to `userId`, inside `scope`. */
export const tileOf = (scope: Locator, userId: string) =>
  scope.getByRole("button", { name: new RegExp(`^Tile \\d+: ${userId}, `) });

/** The inspector of the selected tile (one at a time). */
export const inspectorOf = (scope: Locator) => scope.getByRole("group", { name: /^Tile \d+ settings$/ });

/** What a tile's accessible name says of its box: `W×H at X,Y`. */
export const boxText = (box: TileBox) => `${box.width}×${box.height} at ${box.x},${box.y}`;

/** Types one number into the selected tile's inspector; Enter commits it. */
export async function typeInInspector(scope: Locator, label: "X" | "Y" | "Width" | "Height", value: number) {
  const field = inspectorOf(scope).getByLabel(label, { exact: true });
  await field.fill(String(value));
  await field.press("Enter");
}

/** Chooses a user's tile in the editor's tile list (which reaches tiles hidden under others). */
export async function selectTile(scope: Locator, userId: string): Promise<void> {
  const list = scope.getByLabel("Tile to edit");
  const value = await list
    .locator("option")
    .filter({ hasText: new RegExp(`^Tile \\d+: ${userId}$`) })
    .getAttribute("value");
  await list.selectOption(value ?? "");
  await expect(inspectorOf(scope).getByLabel("User")).toHaveValue(userId);
}

/**
 * Selects a user's tile and types its box into the inspector, the way a keyboard user places a
 * tile exactly. Checks the tile then says it is there.
 */
export async function placeTile(scope: Locator, userId: string, box: TileBox): Promise<void> {
  await selectTile(scope, userId);
  await typeInInspector(scope, "X", box.x);
  await typeInInspector(scope, "Y", box.y);
  await typeInInspector(scope, "Width", box.width);
  await typeInInspector(scope, "Height", box.height);
  await expect(tileOf(scope, userId)).toHaveAccessibleName(new RegExp(boxText(box)));
}
