"use client";
import { useTranslations } from "next-intl";
import type { Tile } from "@shared/layouts/types";

/** One of the theme's chart colours per user, so the same user looks the same in every layout. */
const TILE_COLOURS = ["var(--color-chart-1)", "var(--color-chart-2)", "var(--color-chart-3)", "var(--color-chart-4)"];

function colourOf(userIds: string[], userId: string): string {
  return TILE_COLOURS[userIds.indexOf(userId) % TILE_COLOURS.length] ?? "var(--color-muted-foreground)";
}

/**
 * A schematic of the mixed picture: the canvas at the output's aspect ratio, each tile where the
 * template puts it for the room's users now, labelled with its user, drawn bottom layer first like
 * the mixer. `backgroundColor` is the mix's own (a user's choice, hence inline).
 */
export function LayoutPreview({
  tiles,
  canvas,
  backgroundColor,
  emptyText,
}: {
  tiles: Tile[];
  canvas: { width: number; height: number };
  backgroundColor: string;
  emptyText?: string;
}) {
  const t = useTranslations("recordingTasks.preview");
  const userIds = [...new Set(tiles.map((tile) => tile.userId))];
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;
  return (
    // Wide enough to read the tiles, small enough to keep the form around it in view.
    <figure className="flex w-full max-w-xl flex-col gap-2">
      <div
        className="relative w-full overflow-hidden rounded-md border"
        style={{ aspectRatio: `${canvas.width} / ${canvas.height}`, backgroundColor }}
        role="img"
        aria-label={t("label", {
          width: canvas.width,
          height: canvas.height,
          users: tiles.map((tile) => tile.userId).join(", ") || t("nobody"),
        })}
        data-testid="layout-preview"
      >
        {tiles.map((tile) => (
          <div
            key={`${tile.userId}/${tile.streamType}/${tile.x}/${tile.y}`}
            className="absolute flex items-center justify-center border border-primary-foreground/60 text-xs font-medium text-primary-foreground"
            style={{
              left: percent(tile.x, canvas.width),
              top: percent(tile.y, canvas.height),
              width: percent(tile.width, canvas.width),
              height: percent(tile.height, canvas.height),
              backgroundColor: tile.isPlaceholder ? "var(--color-muted-foreground)" : colourOf(userIds, tile.userId),
              zIndex: tile.zOrder,
            }}
            data-testid="preview-tile"
            data-user={tile.userId}
          >
            <span className="truncate px-1">
              {t("tile", {
                user: tile.userId,
                screen: tile.streamType === 1 ? "yes" : "no",
                audio: tile.isPlaceholder ? "yes" : "no",
              })}
            </span>
          </div>
        ))}
      </div>
      <figcaption className="text-xs text-muted-foreground">
        {tiles.length === 0 ? (emptyText ?? t("empty")) : t("caption", { width: canvas.width, height: canvas.height })}
      </figcaption>
    </figure>
  );
}
