import "server-only";
import type { CodeRule, FieldRule } from "@/lib/actions/recording-tasks/cloud-failure";

/** StartMCUMixTranscode's and StopMCUMixTranscode's failures, in words a person can act on. */
export const MIX_CODE_RULES: readonly CodeRule[] = [
  {
    code: "FailedOperation.RoomNotExist",
    message: "Nobody is in the room now: a mix can start only after a user has entered it. Add a participant first.",
  },
  {
    code: "FailedOperation.MixSessionNotExist",
    message: "The room has no mix running: it ended when the room emptied, or it was stopped elsewhere.",
  },
  {
    code: "InvalidParameter.PresetLayoutConfig",
    field: "layout.slots",
    message: "A tile lies outside the output: every tile's X + width and Y + height must stay within the output size.",
  },
  {
    code: "MissingParameter.PresetLayoutConfig",
    field: "layout.slots",
    message: "The custom template needs at least one tile: add one in the editor.",
  },
  {
    code: "InvalidParameter.SmallVideoLayoutParams",
    field: "layout.small",
    message: "The small picture lies outside the output: X + width and Y + height must stay within the output size.",
  },
  {
    code: "MissingParameter.VideoEncodeParams",
    field: "output.width",
    message: "An audio and video mix needs the output's width, height, bitrate, frame rate and GOP.",
  },
  {
    code: "InvalidParameter.AudioEncodeParams",
    field: "output.audioSampleRate",
    message:
      "The audio settings (sample rate, bitrate, channels) cannot change while the mix runs: stop it and start a new one to change them.",
  },
  {
    code: "InvalidParameter.StreamId",
    field: "streamId",
    message: "This stream id is taken, by a user's stream in the room or by another room's mix: choose another.",
  },
];

/** Request fields an InvalidParameterValue names, longest first when matched. */
export const MIX_FIELD_RULES: readonly FieldRule[] = [
  { wire: "OutputParams.StreamId", field: "streamId", allowed: "at most 64 letters, digits, _ or -." },
  { wire: "OutputParams.RecordId", field: "recordId", allowed: "at most 64 letters, digits, _ or -." },
  { wire: "EncodeParams.VideoWidth", field: "output.width", allowed: "a width from 0 to 1920 px." },
  { wire: "EncodeParams.VideoHeight", field: "output.height", allowed: "a height from 0 to 1080 px." },
  { wire: "EncodeParams.VideoBitrate", field: "output.videoBitrateKbps", allowed: "1 to 10,000 kbps." },
  { wire: "EncodeParams.VideoFramerate", field: "output.framerate", allowed: "1 to 60 fps." },
  { wire: "EncodeParams.VideoGop", field: "output.gopSeconds", allowed: "1 to 5 seconds." },
  {
    wire: "EncodeParams.AudioSampleRate",
    field: "output.audioSampleRate",
    allowed: "48000, 44100, 32000, 24000, 16000 or 8000 Hz.",
  },
  { wire: "EncodeParams.AudioBitrate", field: "output.audioBitrateKbps", allowed: "8 to 500 kbps." },
  { wire: "EncodeParams.AudioChannels", field: "output.audioChannels", allowed: "1 or 2 channels." },
  {
    wire: "EncodeParams.BackgroundColor",
    field: "layout.backgroundColor",
    allowed: "a colour from #000000 to #FFFFFF.",
  },
  {
    wire: "LayoutParams.PresetLayoutConfig",
    field: "layout.slots",
    allowed: "tiles inside the output, layers 0 to 15.",
  },
  { wire: "LayoutParams.SmallVideoLayoutParams", field: "layout.small", allowed: "a box inside the output." },
  { wire: "LayoutParams.MixVideoUids", field: "layout.mixVideoUserIds", allowed: "at most 16 user ids." },
  { wire: "LayoutParams.MainVideoUserId", field: "layout.mainUserId", allowed: "a user id of the room." },
  { wire: "LayoutParams.RenderMode", field: "layout.renderMode", allowed: "crop, scale or scale with bars." },
];
