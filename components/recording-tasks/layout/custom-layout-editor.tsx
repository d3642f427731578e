"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useMessageText } from "@/lib/i18n/use-message-text";
import {
  addSlot,
  moveSlot,
  removeSlot,
  resizeSlot,
  restack,
  type Canvas,
  type EditorSlot,
} from "@/lib/recording-tasks/layout/editor-operations";
import type { TileFit } from "@shared/layouts/types";
import { cn } from "@/lib/utils";
import { SlotInspector } from "./slot-inspector";

const STEP = 8;
const BIG_STEP = 32;

/** A drag measures from where it started, so that a snapped edge lets go once pulled past the snap. */
interface Drag {
  id: string;
  mode: "move" | "resize";
  startX: number;
  startY: number;
  origin: EditorSlot[];
}

const KEY_DELTAS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * Custom layout editor: tiles on a canvas at the output's aspect ratio, in output pixels. Drag a
 * tile to move it and its corner to resize it; edges snap to the canvas and to other tiles. With
 * a tile focused: arrows move it (Shift: farther), Ctrl or Alt + arrows resize it, PageUp and
 * PageDown change its layer, Delete removes it. The operations keep every tile inside the canvas,
 * so the editor cannot emit one the cloud would refuse.
 */
export function CustomLayoutEditor({
  canvas,
  slots,
  onChange,
  userIds,
  fits,
  maxSlots,
  errors = {},
  idPrefix,
}: {
  canvas: Canvas;
  slots: EditorSlot[];
  onChange: (slots: EditorSlot[]) => void;
  userIds: string[];
  fits: readonly TileFit[];
  maxSlots: number;
  /** Field errors of the slots, keyed `<index>.<field>` or `` for the whole list. */
  errors?: Record<string, string[]>;
  /** Keeps the inspector's field ids unique when two editors share a page. */
  idPrefix: string;
}) {
  const t = useTranslations("recordingTasks.editor");
  const messageText = useMessageText();
  const boxRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(slots[0]?.id ?? null);
  const selectedIndex = slots.findIndex((slot) => slot.id === selectedId);
  const selected = slots[selectedIndex];
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;
  const outputPixelsPerScreenPixel = () => canvas.width / (boxRef.current?.clientWidth || canvas.width);

  function handlePointerDown(event: PointerEvent<HTMLElement>, id: string, mode: Drag["mode"]) {
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    setSelectedId(id);
    setDrag({ id, mode, startX: event.clientX, startY: event.clientY, origin: slots });
  }

  function handlePointerMove(event: PointerEvent<HTMLElement>) {
    if (!drag) return;
    const scale = outputPixelsPerScreenPixel();
    const dx = (event.clientX - drag.startX) * scale;
    const dy = (event.clientY - drag.startY) * scale;
    onChange(
      drag.mode === "move"
        ? moveSlot(drag.origin, drag.id, dx, dy, canvas)
        : resizeSlot(drag.origin, drag.id, dx, dy, canvas),
    );
  }

  function handleKeyDown(event: KeyboardEvent<HTMLElement>, id: string) {
    const direction = KEY_DELTAS[event.key];
    if (direction) {
      event.preventDefault();
      const step = event.shiftKey ? BIG_STEP : STEP;
      const [dx, dy] = [direction[0] * step, direction[1] * step];
      // Keyboard steps are exact (no snapping), so that every position stays reachable.
      const isResize = event.ctrlKey || event.altKey || event.metaKey;
      onChange(isResize ? resizeSlot(slots, id, dx, dy, canvas, false) : moveSlot(slots, id, dx, dy, canvas, false));
    } else if (event.key === "PageUp" || event.key === "PageDown") {
      event.preventDefault();
      onChange(restack(slots, id, event.key === "PageUp" ? 1 : -1));
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      onChange(removeSlot(slots, id));
    }
  }

  function handleAdd() {
    const id = `slot-${Date.now().toString(36)}`;
    onChange(addSlot(slots, canvas, id));
    setSelectedId(id);
  }

  const slotErrors = (index: number) =>
    Object.entries(errors).flatMap(([key, messages]) => (key.startsWith(`${index}.`) ? messages : []));

  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_17rem]">
      <div className="flex flex-col gap-2">
        <div
          ref={boxRef}
          className="relative w-full touch-none overflow-hidden rounded-md border bg-foreground/90 select-none"
          style={{ aspectRatio: `${canvas.width} / ${canvas.height}` }}
          onPointerMove={handlePointerMove}
          onPointerUp={() => setDrag(null)}
          onPointerCancel={() => setDrag(null)}
          data-testid="layout-editor-canvas"
          aria-label={t("canvasLabel", { width: canvas.width, height: canvas.height })}
          role="group"
        >
          {slots.map((slot, index) => (
            <div
              key={slot.id}
              role="button"
              tabIndex={0}
              aria-label={t("tileLabel", {
                number: index + 1,
                user: slot.userId ?? t("nextUserToJoin"),
                width: slot.width,
                height: slot.height,
                x: slot.x,
                y: slot.y,
                layer: slot.zOrder,
              })}
              aria-pressed={slot.id === selectedId}
              data-testid="layout-slot"
              className={cn(
                "absolute flex cursor-move items-center justify-center border-2 text-xs text-primary-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
                slot.id === selectedId ? "border-warning bg-primary/80" : "border-primary-foreground/70 bg-primary/50",
              )}
              style={{
                left: percent(slot.x, canvas.width),
                top: percent(slot.y, canvas.height),
                width: percent(slot.width, canvas.width),
                height: percent(slot.height, canvas.height),
                zIndex: slot.zOrder,
              }}
              onPointerDown={(event) => handlePointerDown(event, slot.id, "move")}
              onFocus={() => setSelectedId(slot.id)}
              onKeyDown={(event) => handleKeyDown(event, slot.id)}
            >
              <span className="truncate px-1">
                {t("tileText", {
                  number: index + 1,
                  user: slot.userId ?? t("nextToJoin"),
                  screen: slot.streamType === 1 ? "yes" : "no",
                })}
              </span>
              <span
                aria-hidden
                data-testid="layout-slot-resize"
                className="absolute right-0 bottom-0 size-3 cursor-se-resize bg-warning"
                onPointerDown={(event) => handlePointerDown(event, slot.id, "resize")}
              />
            </div>
          ))}
        </div>
        <p className="text-xs text-muted-foreground">{t("help")}</p>
      </div>
      <div className="flex flex-col gap-3">
        <Button type="button" variant="outline" onClick={handleAdd} disabled={slots.length >= maxSlots}>
          {t("add")}
        </Button>
        {slots.length >= maxSlots ? (
          <p className="text-xs text-muted-foreground">{t("full", { max: maxSlots })}</p>
        ) : null}
        {slots.length > 0 ? (
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${idPrefix}-selected-tile`}>{t("tileToEdit")}</Label>
            <Select
              id={`${idPrefix}-selected-tile`}
              value={selected?.id ?? ""}
              onChange={(event) => setSelectedId(event.target.value || null)}
            >
              {selected ? null : <option value="">{t("chooseTile")}</option>}
              {slots.map((slot, index) => (
                <option key={slot.id} value={slot.id}>
                  {t("tileOption", { number: index + 1, user: slot.userId ?? t("nextToJoin") })}
                </option>
              ))}
            </Select>
            <p className="text-xs text-muted-foreground">{t("hiddenTiles")}</p>
          </div>
        ) : null}
        {selected ? (
          <SlotInspector
            slot={selected}
            index={selectedIndex}
            idPrefix={idPrefix}
            slots={slots}
            canvas={canvas}
            userIds={userIds}
            fits={fits}
            errors={slotErrors(selectedIndex)}
            onChange={onChange}
            onRestack={(direction) => onChange(restack(slots, selected.id, direction))}
            onRemove={() => onChange(removeSlot(slots, selected.id))}
          />
        ) : (
          <p className="text-sm text-muted-foreground">{t("selectHint")}</p>
        )}
        {errors[""] ? <p className="text-xs text-destructive">{errors[""].map(messageText).join(" ")}</p> : null}
      </div>
    </div>
  );
}
