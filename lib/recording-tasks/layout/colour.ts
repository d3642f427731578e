/** `#RRGGBB` → the decimal RGB integer EncodeParams.BackgroundColor takes (0xFFFFFF → 16777215). */
export function hexToRgbInt(hex: string): number {
  const value = Number.parseInt(hex.replace(/^#/, ""), 16);
  if (!/^#?[0-9a-fA-F]{6}$/.test(hex) || !Number.isFinite(value)) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  return value;
}

/** MixLayoutParams.BackGroundColor takes `#RRGGBB` itself; this only normalises the case. */
export const normaliseHex = (hex: string): string => hex.toUpperCase();
