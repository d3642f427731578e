"use client";
import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { addSlot, moveSlot, resizeSlot, restack, type Canvas, type EditorSlot } from "@/lib/layouts/editor-operations";
import type { RenderMode, StreamType } from "@/lib/layouts/types";

const STEP = 8;
const BIG_STEP = 32;

interface Drag {
  id: string;
  mode: "move" | "resize";
  lastX: number;
  lastY: number;
}

/**
 * Custom layout editor: slots on a canvas at the output's aspect ratio. Drag a slot to move it,
 * its corner to resize it; with a slot focused, arrows move it (Shift: farther), Alt+arrows resize
 * it, PageUp/PageDown change its layer, Delete removes it. Slots snap to edges and never leave the
 * canvas (the operations enforce it in output pixels).
 */
export function CustomLayoutEditor({
  canvas,
  slots,
  onChange,
  userIds,
}: {
  canvas: Canvas;
  slots: EditorSlot[];
  onChange: (slots: EditorSlot[]) => void;
  userIds: string[];
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(slots[0]?.id ?? null);
  const selected = slots.find((slot) => slot.id === selectedId) ?? null;
  const scale = () => canvas.width / (boxRef.current?.clientWidth || canvas.width);
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;

  function startDrag(event: PointerEvent, id: string, mode: Drag["mode"]) {
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    setSelectedId(id);
    setDrag({ id, mode, lastX: event.clientX, lastY: event.clientY });
  }

  function onPointerMove(event: PointerEvent) {
    if (!drag) return;
    const dx = (event.clientX - drag.lastX) * scale();
    const dy = (event.clientY - drag.lastY) * scale();
    onChange(
      drag.mode === "move" ? moveSlot(slots, drag.id, dx, dy, canvas) : resizeSlot(slots, drag.id, dx, dy, canvas),
    );
    setDrag({ ...drag, lastX: event.clientX, lastY: event.clientY });
  }

  function onKeyDown(event: KeyboardEvent, id: string) {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const deltas: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const delta = deltas[event.key];
    if (delta) {
      event.preventDefault();
      // Keyboard moves are exact: no snapping, so every position stays reachable.
      onChange(
        event.altKey
          ? resizeSlot(slots, id, delta[0], delta[1], canvas, false)
          : moveSlot(slots, id, delta[0], delta[1], canvas, false),
      );
    } else if (event.key === "PageUp" || event.key === "PageDown") {
      event.preventDefault();
      onChange(restack(slots, id, event.key === "PageUp" ? 1 : -1));
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      onChange(slots.filter((slot) => slot.id !== id));
    }
  }

  function update(patch: Partial<EditorSlot>) {
    if (!selected) return;
    onChange(slots.map((slot) => (slot.id === selected.id ? { ...slot, ...patch } : slot)));
  }

  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_16rem]">
      <div
        ref={boxRef}
        className="relative w-full touch-none overflow-hidden rounded-md border border-border bg-slate-900 select-none"
        style={{ aspectRatio: `${canvas.width} / ${canvas.height}` }}
        onPointerMove={onPointerMove}
        onPointerUp={() => setDrag(null)}
        data-testid="layout-editor-canvas"
      >
        {slots.map((slot, index) => (
          <div
            key={slot.id}
            role="button"
            tabIndex={0}
            aria-label={`Slot ${index + 1}: ${slot.userId ?? "next user to join"}, ${slot.width}×${slot.height} at ${slot.x},${slot.y}, layer ${slot.zOrder}`}
            aria-pressed={slot.id === selectedId}
            data-testid="layout-slot"
            className={`absolute flex cursor-move items-center justify-center border-2 text-xs text-white ${
              slot.id === selectedId ? "border-amber-400 bg-sky-600/80" : "border-white/70 bg-sky-800/70"
            }`}
            style={{
              left: percent(slot.x, canvas.width),
              top: percent(slot.y, canvas.height),
              width: percent(slot.width, canvas.width),
              height: percent(slot.height, canvas.height),
              zIndex: slot.zOrder,
            }}
            onPointerDown={(event) => startDrag(event, slot.id, "move")}
            onFocus={() => setSelectedId(slot.id)}
            onKeyDown={(event) => onKeyDown(event, slot.id)}
          >
            {slot.userId ?? `slot ${index + 1}`}
            <span
              aria-hidden
              className="absolute right-0 bottom-0 size-3 cursor-se-resize bg-amber-400"
              onPointerDown={(event) => startDrag(event, slot.id, "resize")}
            />
          </div>
        ))}
      </div>
      <div className="flex flex-col gap-3 text-sm">
        <Button type="button" variant="outline" onClick={() => onChange(addSlot(slots, canvas, `slot-${Date.now()}`))}>
          Add a slot
        </Button>
        {selected ? (
          <>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="slot-user">User</Label>
              <Select
                id="slot-user"
                value={selected.userId ?? ""}
                onChange={(event) => update({ userId: event.target.value || null })}
              >
                <option value="">Next user to join</option>
                {userIds.map((userId) => (
                  <option key={userId} value={userId}>
                    {userId}
                  </option>
                ))}
              </Select>
            </div>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="slot-stream">Stream</Label>
              <Select
                id="slot-stream"
                value={String(selected.streamType)}
                onChange={(event) => update({ streamType: Number(event.target.value) as StreamType })}
              >
                <option value="0">Camera</option>
                <option value="1">Screen share</option>
              </Select>
            </div>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="slot-render">Fit</Label>
              <Select
                id="slot-render"
                value={String(selected.renderMode)}
                onChange={(event) => update({ renderMode: Number(event.target.value) as RenderMode })}
              >
                <option value="0">Crop to fill</option>
                <option value="1">Scale</option>
                <option value="2">Scale with black bars</option>
              </Select>
            </div>
            <p className="font-mono text-xs text-muted-foreground">
              {selected.width}×{selected.height} at {selected.x},{selected.y} · layer {selected.zOrder}
            </p>
            <div className="flex gap-2">
              <Button
                type="button"
                size="sm"
                variant="outline"
                onClick={() => onChange(restack(slots, selected.id, 1))}
              >
                Raise
              </Button>
              <Button
                type="button"
                size="sm"
                variant="outline"
                onClick={() => onChange(restack(slots, selected.id, -1))}
              >
                Lower
              </Button>
              <Button
                type="button"
                size="sm"
                variant="ghost"
                onClick={() => onChange(slots.filter((slot) => slot.id !== selected.id))}
              >
                Remove
              </Button>
            </div>
          </>
        ) : (
          <p className="text-muted-foreground">Select a slot to assign a user, or add one.</p>
        )}
      </div>
    </div>
  );
}
