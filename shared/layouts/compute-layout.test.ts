import { describe, expect, it } from "vitest";
import { computeLayout, computeMcuPicture } from "./compute-layout";
import { LAYOUT_TEMPLATES, type LayoutTemplate, type MixInput } from "./types";

const canvas = { width: 1280, height: 720 };
const users = (count: number, hasVideo = true): MixInput[] =>
  Array.from({ length: count }, (_, index) => ({ userId: `u${index + 1}`, streamType: 0, hasVideo }));
const boxes = (tiles: ReturnType<typeof computeLayout>) =>
  tiles.map(({ userId, x, y, width, height }) => ({ userId, x, y, width, height }));

describe("computeLayout", () => {
  it("grid: four users split the canvas in quarters", () => {
    expect(boxes(computeLayout(users(4), { template: LAYOUT_TEMPLATES.grid, canvas }))).toEqual([
      { userId: "u1", x: 0, y: 0, width: 640, height: 360 },
      { userId: "u2", x: 640, y: 0, width: 640, height: 360 },
      { userId: "u3", x: 0, y: 360, width: 640, height: 360 },
      { userId: "u4", x: 640, y: 360, width: 640, height: 360 },
    ]);
  });

  it("grid: an incomplete last row is centred", () => {
    const tiles = computeLayout(users(3), { template: LAYOUT_TEMPLATES.grid, canvas });
    expect(tiles[2]).toMatchObject({ userId: "u3", x: 320, y: 360 });
  });

  it("grid: five users in rows of three, sixteen in a 4 × 4 grid, never more than sixteen", () => {
    const five = computeLayout(users(5), { template: LAYOUT_TEMPLATES.grid, canvas });
    expect(boxes(five).slice(3)).toEqual([
      { userId: "u4", x: 213, y: 360, width: 426, height: 360 },
      { userId: "u5", x: 640, y: 360, width: 426, height: 360 },
    ]);
    const sixteen = computeLayout(users(20), { template: LAYOUT_TEMPLATES.grid, canvas });
    expect(sixteen).toHaveLength(16);
    expect(sixteen[15]).toMatchObject({ userId: "u16", x: 960, y: 540, width: 320, height: 180 });
  });

  it("floating: at most 1 big and 15 small tiles, 4 a row, rows going up", () => {
    const tiles = computeLayout(users(20), { template: LAYOUT_TEMPLATES.floating, canvas });
    expect(tiles).toHaveLength(16);
    expect(tiles[5]).toMatchObject({ userId: "u6", x: 32, y: 720 - 2 * (144 + 32) });
    expect(tiles[15]).toMatchObject({ userId: "u16", y: 720 - 4 * (144 + 32) });
  });

  it("floating: the main user fills the canvas, others float bottom-left above it", () => {
    const tiles = computeLayout(users(3), { template: LAYOUT_TEMPLATES.floating, canvas, mainUserId: "u2" });
    expect(tiles[0]).toMatchObject({ userId: "u2", x: 0, y: 0, width: 1280, height: 720, zOrder: 0 });
    expect(tiles[1]).toMatchObject({ userId: "u1", x: 32, y: 720 - 144 - 32, width: 256, height: 144, zOrder: 1 });
    expect(tiles[2]).toMatchObject({ userId: "u3", x: 32 + 256 + 32, zOrder: 1 });
  });

  it("screen share: the big picture beside a column of small tiles, or on the right", () => {
    const left = computeLayout(users(3), { template: LAYOUT_TEMPLATES.screenShare, canvas, mainUserId: "u1" });
    expect(boxes(left)).toEqual([
      { userId: "u1", x: 0, y: 0, width: 1024, height: 720 },
      { userId: "u2", x: 1024, y: 0, width: 256, height: 90 },
      { userId: "u3", x: 1024, y: 90, width: 256, height: 90 },
    ]);
    const right = computeLayout(users(2), { template: LAYOUT_TEMPLATES.screenShare, canvas, mainRightAlign: true });
    expect(right[0]).toMatchObject({ x: 256, width: 1024 });
    expect(right[1]).toMatchObject({ x: 0 });
  });

  it("picture-in-picture: one small picture where asked, others audio only", () => {
    const tiles = computeLayout(users(3), {
      template: LAYOUT_TEMPLATES.pictureInPicture,
      canvas,
      mainUserId: "u1",
      small: { userId: "u3", streamType: 0, x: 900, y: 500, width: 320, height: 180 },
    });
    expect(boxes(tiles)).toEqual([
      { userId: "u1", x: 0, y: 0, width: 1280, height: 720 },
      { userId: "u3", x: 900, y: 500, width: 320, height: 180 },
    ]);
  });

  it("picture-in-picture without a place: a quarter-size picture at the bottom right", () => {
    const tiles = computeLayout(users(2), { template: LAYOUT_TEMPLATES.pictureInPicture, canvas });
    expect(boxes(tiles)[1]).toEqual({ userId: "u2", x: 896, y: 504, width: 320, height: 180 });
  });

  it("custom: only the slots' users are heard, and not those of video-only slots", () => {
    const picture = computeMcuPicture(users(3), {
      template: LAYOUT_TEMPLATES.custom,
      canvas,
      presets: [
        { userId: "u2", x: 0, y: 0, width: 640, height: 360, mixInputType: 1 },
        { userId: "u3", x: 640, y: 0, width: 640, height: 360, mixInputType: 2 },
        { userId: "u1", x: 0, y: 360, width: 640, height: 360 },
      ],
    });
    expect(picture.tiles.map((entry) => entry.userId)).toEqual(["u2", "u1"]);
    expect(picture.audible).toEqual(["u3/0", "u1/0"]);
    expect(computeMcuPicture(users(3), { template: LAYOUT_TEMPLATES.grid, canvas }).audible).toHaveLength(3);
  });

  it("custom: render modes are the MCU's (0 crop, 1 scale, 2 scale with bars)", () => {
    const tiles = computeLayout(users(3), {
      template: LAYOUT_TEMPLATES.custom,
      canvas,
      presets: [0, 1, 2].map((renderMode) => ({
        x: 0,
        y: 0,
        width: 100,
        height: 100,
        renderMode: renderMode as 0 | 1 | 2,
      })),
    });
    expect(tiles.map((entry) => entry.fit)).toEqual(["crop", "stretch", "fit"]);
  });

  it("custom: pinned slots get their users, free slots fill in join order, nobody beyond the slots", () => {
    const tiles = computeLayout(users(4), {
      template: LAYOUT_TEMPLATES.custom,
      canvas,
      presets: [
        { userId: "u3", x: 0, y: 0, width: 640, height: 720 },
        { x: 640, y: 0, width: 640, height: 360, zOrder: 2 },
        { x: 640, y: 360, width: 640, height: 360 },
      ],
    });
    expect(tiles.map((entry) => entry.userId)).toEqual(["u3", "u2", "u1"]);
    expect(tiles.at(-1)).toMatchObject({ userId: "u1", zOrder: 2 });
  });

  it("only MixVideoUids get video; audio-only users hold a place where the template says so", () => {
    const mixed = computeLayout(users(4), { template: LAYOUT_TEMPLATES.grid, canvas, mixVideoUserIds: ["u2", "u4"] });
    expect(mixed.map((entry) => entry.userId)).toEqual(["u2", "u4"]);
    const audioOnly: MixInput[] = [...users(1), { userId: "a", streamType: 0, hasVideo: false }];
    expect(computeLayout(audioOnly, { template: LAYOUT_TEMPLATES.grid, canvas })).toHaveLength(2);
    expect(computeLayout(audioOnly, { template: LAYOUT_TEMPLATES.grid, canvas, pureAudioHoldPlace: 2 })).toHaveLength(
      1,
    );
    expect(computeLayout(audioOnly, { template: LAYOUT_TEMPLATES.screenShare, canvas })).toHaveLength(1);
  });

  it("never draws outside the canvas, for every template and 1 to 20 users", () => {
    for (const template of Object.values(LAYOUT_TEMPLATES) as LayoutTemplate[]) {
      for (let count = 1; count <= 20; count += 1) {
        const tiles = computeLayout(users(count), {
          template,
          canvas,
          presets: [{ x: 0, y: 0, width: 1280, height: 720 }],
        });
        expect(tiles.length).toBeLessThanOrEqual(16);
        for (const entry of tiles) {
          expect(entry.x).toBeGreaterThanOrEqual(0);
          expect(entry.y).toBeGreaterThanOrEqual(0);
          expect(entry.x + entry.width).toBeLessThanOrEqual(canvas.width);
          expect(entry.y + entry.height).toBeLessThanOrEqual(canvas.height);
        }
      }
    }
  });
});
