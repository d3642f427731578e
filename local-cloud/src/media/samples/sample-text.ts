import type { SampleClipSpec } from "./sample-catalog";

/** drawtext needs `:` and `'` escaped inside its options. */
function escapeDrawtext(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/:/g, "\\:").replace(/'/g, "\\'");
}

/** The clip's name and a running clock; a check clip's name sits on a box of its colour, and a frozen one has no clock. */
export function textFilters(spec: SampleClipSpec, fontFile: string, { hasClock = true } = {}): string {
  const common = `fontfile=${escapeDrawtext(fontFile)}:fontcolor=white:borderw=3:bordercolor=black:x=(w-text_w)/2`;
  const box = spec.fault ? `:box=1:boxcolor=${spec.color}:boxborderw=4` : "";
  const title = `drawtext=${common}${box}:text='${escapeDrawtext(spec.name)}':fontsize=h/8:y=(h-text_h)/2-h/10`;
  const clock = `drawtext=${common}:text='%{pts\\:hms}':fontsize=h/12:y=h/2+h/10`;
  return hasClock ? `${title},${clock}` : title;
}
