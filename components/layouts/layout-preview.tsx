import type { Tile } from "@/lib/layouts/types";

const TILE_COLOURS = ["#dc2626", "#16a34a", "#2563eb", "#ca8a04", "#9333ea", "#0891b2", "#db2777", "#65a30d"];

/** A colour per user, stable within one preview, so the same user looks the same in every layout. */
function colourOf(userIds: string[], userId: string): string {
  return TILE_COLOURS[userIds.indexOf(userId) % TILE_COLOURS.length] ?? "#64748b";
}

/**
 * A schematic of the mixed picture: the canvas at the output's aspect ratio, each tile where the
 * template puts it, labelled with its user. Drawn bottom layer first, like the mixer.
 */
export function LayoutPreview({
  tiles,
  canvas,
  backgroundColor = "#000000",
}: {
  tiles: Tile[];
  canvas: { width: number; height: number };
  backgroundColor?: string;
}) {
  const userIds = [...new Set(tiles.map((tile) => tile.userId))];
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;
  return (
    <figure className="flex flex-col gap-2">
      <div
        className="relative w-full overflow-hidden rounded-md border border-border"
        style={{ aspectRatio: `${canvas.width} / ${canvas.height}`, backgroundColor }}
        role="img"
        aria-label={`Mixed picture, ${canvas.width}×${canvas.height}: ${tiles.map((tile) => tile.userId).join(", ") || "nobody"}`}
        data-testid="layout-preview"
      >
        {tiles.map((tile) => (
          <div
            key={`${tile.userId}/${tile.streamType}`}
            className="absolute flex items-center justify-center border border-white/60 text-xs font-medium text-white"
            style={{
              left: percent(tile.x, canvas.width),
              top: percent(tile.y, canvas.height),
              width: percent(tile.width, canvas.width),
              height: percent(tile.height, canvas.height),
              backgroundColor: tile.isPlaceholder ? "#334155" : colourOf(userIds, tile.userId),
              zIndex: tile.zOrder,
            }}
            data-user={tile.userId}
          >
            <span className="truncate px-1">
              {tile.userId}
              {tile.streamType === 1 ? " (screen)" : ""}
              {tile.isPlaceholder ? " (audio)" : ""}
            </span>
          </div>
        ))}
      </div>
      <figcaption className="text-xs text-muted-foreground">
        {canvas.width}×{canvas.height}; tiles in the order the mixer draws them.
      </figcaption>
    </figure>
  );
}
