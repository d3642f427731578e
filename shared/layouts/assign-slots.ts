import { inputKey, type MixInput, type StreamType } from "./types";

/**
 * Which input each custom slot holds, in both APIs (PresetLayoutConfig, MixLayoutList): a slot
 * naming a user holds that user's stream; the others are filled in join order by whoever is not
 * pinned; slots left over stay empty.
 */
export function assignSlots<Slot extends { userId?: string; streamType?: StreamType }>(
  inputs: MixInput[],
  slots: Slot[],
): Array<{ slot: Slot; input: MixInput }> {
  const pinned = new Set(slots.flatMap((slot) => (slot.userId ? [`${slot.userId}/${slot.streamType ?? 0}`] : [])));
  const free = inputs.filter((input) => !pinned.has(inputKey(input)));
  return slots.flatMap((slot) => {
    const input = slot.userId
      ? inputs.find((candidate) => candidate.userId === slot.userId && candidate.streamType === (slot.streamType ?? 0))
      : free.shift();
    return input ? [{ slot, input }] : [];
  });
}
