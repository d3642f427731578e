import type { MixPicture, Tile, TileFit } from "@shared/layouts/types";

/** One stream the mixer reads from the relay. */
export interface MixGraphInput {
  /** `userId/streamType`, as the picture's tiles and `audible` name inputs. */
  key: string;
  url: string;
  hasVideo: boolean;
  hasAudio: boolean;
}

/** What the mixed stream is encoded as (EncodeParams / MixTranscodeParams, in ffmpeg's units). */
export interface MixEncoding {
  width: number;
  height: number;
  fps: number;
  videoKbps: number;
  gopSeconds: number;
  audioSampleRate: number;
  audioKbps: number;
  audioChannels: number;
  /** 0xRRGGBB. */
  backgroundColor: number;
  /** The output carries audio only (MCU PureAudioStream=1). */
  isAudioOnly: boolean;
  /** Tiles of users without video show a placeholder box (PlaceHolderMode=1). */
  showPlaceholders: boolean;
}

/** A mid-grey that reads as "someone is here, without video" on any background. */
const PLACEHOLDER_COLOR = "0x5a5a5a";
/** How long an input may stall before ffmpeg gives up on it (the mixer then lays out anew). */
const INPUT_TIMEOUT_US = 5_000_000;

const hex = (color: number) => `0x${color.toString(16).padStart(6, "0")}`;

/** Scales a picture into a tile as the render mode says; the result is exactly the tile's size. */
function fitFilter(fit: TileFit, width: number, height: number): string {
  switch (fit) {
    case "crop":
      return `scale=${width}:${height}:force_original_aspect_ratio=increase,crop=${width}:${height}`;
    case "fit":
      return (
        `scale=${width}:${height}:force_original_aspect_ratio=decrease:force_divisible_by=2,` +
        `pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2:color=black`
      );
    case "stretch":
      return `scale=${width}:${height}`;
  }
}

const keyOf = (tile: Tile) => `${tile.userId}/${tile.streamType}`;

/** The video part: a background of the output's size with each tile drawn on it, bottom layer first. */
function videoChain(
  inputIndex: Map<string, number>,
  inputs: MixGraphInput[],
  picture: MixPicture,
  encoding: MixEncoding,
): string[] {
  const drawable = (tile: Tile) => !tile.isPlaceholder && inputs[inputIndex.get(keyOf(tile)) ?? -1]?.hasVideo === true;
  // An input drawn in two tiles (pinned twice) needs a copy for each; every input's clock starts
  // at 0, so that inputs line up whatever their publishers' timestamps.
  const uses = new Map<number, number>();
  for (const tile of picture.tiles.filter(drawable)) {
    const index = inputIndex.get(keyOf(tile)) ?? 0;
    uses.set(index, (uses.get(index) ?? 0) + 1);
  }
  const filters: string[] = [];
  const copies = new Map<number, string[]>();
  for (const [index, count] of uses) {
    const labels = Array.from({ length: count }, (_, copy) => `[in${index}c${copy}]`);
    filters.push(`[${index + 1}:v:0]setpts=PTS-STARTPTS${count > 1 ? `,split=${count}` : ""}${labels.join("")}`);
    copies.set(index, labels);
  }
  filters.push("[0:v]format=yuv420p[canvas0]");
  let layer = 0;
  for (const tile of picture.tiles) {
    const below = `[canvas${layer}]`;
    const above = `[canvas${layer + 1}]`;
    if (drawable(tile)) {
      const source = copies.get(inputIndex.get(keyOf(tile)) ?? 0)?.shift() ?? "";
      const alpha = tile.alpha > 0 ? `,format=yuva420p,colorchannelmixer=aa=${(1 - tile.alpha / 255).toFixed(3)}` : "";
      filters.push(`${source}${fitFilter(tile.fit, tile.width, tile.height)},setsar=1${alpha}[tile${layer}]`);
      filters.push(`${below}[tile${layer}]overlay=x=${tile.x}:y=${tile.y}:eof_action=pass${above}`);
    } else if (encoding.showPlaceholders) {
      const box = `x=${tile.x}:y=${tile.y}:w=${tile.width}:h=${tile.height}`;
      filters.push(`${below}drawbox=${box}:color=${PLACEHOLDER_COLOR}:t=fill${above}`);
    } else continue;
    layer += 1;
  }
  filters.push(`[canvas${layer}]fps=${encoding.fps},format=yuv420p[vout]`);
  return filters;
}

/** The audio part: every audible input mixed (or silence), at the output's rate. */
function audioChain(
  inputIndex: Map<string, number>,
  inputs: MixGraphInput[],
  picture: MixPicture,
  silenceInput: number,
) {
  const heard = picture.audible.flatMap((key) => {
    const index = inputIndex.get(key);
    return index !== undefined && inputs[index]?.hasAudio ? [index] : [];
  });
  if (heard.length === 0) return [`[${silenceInput}:a]anull[aout]`];
  const filters = heard.map(
    (index, position) => `[${index + 1}:a:0]asetpts=PTS-STARTPTS,aresample=async=1:first_pts=0[a${position}]`,
  );
  const labels = heard.map((_, position) => `[a${position}]`).join("");
  filters.push(
    heard.length === 1
      ? `${labels}anull[aout]`
      : `${labels}amix=inputs=${heard.length}:duration=longest:dropout_transition=0:normalize=0[aout]`,
  );
  return filters;
}

/**
 * ffmpeg arguments that mix the picture's inputs as it says and publish the result to `outputUrl`
 * (FLV over RTMP): input 0 is the background, inputs 1… the streams, then a silent source for a
 * mix that hears nobody. Users without video keep their place (or a placeholder); every audible
 * user is mixed.
 */
export function buildMixArgs(options: {
  inputs: MixGraphInput[];
  picture: MixPicture;
  encoding: MixEncoding;
  outputUrl: string;
}): string[] {
  const { inputs, picture, encoding } = options;
  const inputIndex = new Map(inputs.map((input, index) => [input.key, index]));
  const silenceInput = inputs.length + 1;
  const layout = channelLayout(encoding.audioChannels);
  const filters = [
    ...(encoding.isAudioOnly ? [] : videoChain(inputIndex, inputs, picture, encoding)),
    ...audioChain(inputIndex, inputs, picture, silenceInput),
  ];
  const video = encoding.isAudioOnly
    ? []
    : [
        ...["-map", "[vout]", "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-pix_fmt", "yuv420p"],
        ...[
          "-b:v",
          `${encoding.videoKbps}k`,
          "-maxrate",
          `${encoding.videoKbps}k`,
          "-bufsize",
          `${encoding.videoKbps * 2}k`,
        ],
        ...["-r", String(encoding.fps), "-g", String(encoding.fps * encoding.gopSeconds)],
        ...["-keyint_min", String(encoding.fps * encoding.gopSeconds), "-sc_threshold", "0"],
      ];
  return [
    ...["-hide_banner", "-loglevel", "error", "-nostdin"],
    ...[
      "-re",
      "-f",
      "lavfi",
      "-i",
      `color=c=${hex(encoding.backgroundColor)}:s=${encoding.width}x${encoding.height}:r=${encoding.fps}`,
    ],
    ...inputs.flatMap((input) => [
      "-analyzeduration",
      "500000",
      "-rw_timeout",
      String(INPUT_TIMEOUT_US),
      "-i",
      input.url,
    ]),
    ...["-re", "-f", "lavfi", "-i", `anullsrc=r=${encoding.audioSampleRate}:cl=${layout}`],
    ...["-filter_complex", filters.join(";")],
    ...video,
    ...["-map", "[aout]", "-c:a", "aac", "-b:a", `${encoding.audioKbps}k`],
    ...["-ar", String(encoding.audioSampleRate), "-ac", String(encoding.audioChannels)],
    ...["-f", "flv", "-flvflags", "no_duration_filesize", options.outputUrl],
  ];
}

const channelLayout = (channels: number) => (channels === 1 ? "mono" : "stereo");
