import type { PGlite } from "@electric-sql/pglite";

/**
 * TRTC's callback configuration is per app and set only in TRTC's console (回调配置): room and
 * media events (EventGroupId 1 and 2) go to one URL, cloud-recording events (EventGroupId 3) to
 * another, each signed with its own optional key (≤ 32 letters and digits, trtc.io 39558).
 */
export type TrtcEventFamily = "roomAndMedia" | "recording";

export const TRTC_EVENT_FAMILIES: readonly TrtcEventFamily[] = ["roomAndMedia", "recording"];

export interface TrtcCallbackTarget {
  url: string;
  /** null: events go unsigned, as TRTC sends them when no key is configured. */
  key: string | null;
}

export type TrtcCallbackSettings = Record<TrtcEventFamily, TrtcCallbackTarget | null>;

/** Which family an event group belongs to: 1 and 2 are room and media events, 3 recording. */
export const familyOfGroup = (eventGroupId: number): TrtcEventFamily =>
  eventGroupId === 3 ? "recording" : "roomAndMedia";

interface ConfigRow {
  event_family: TrtcEventFamily;
  url: string;
  key: string | null;
}

/** The stand-in for TRTC console's callback page, persisted so a restart keeps it. */
export class TrtcCallbackConfig {
  constructor(private readonly db: PGlite) {}

  async settingsOf(sdkAppId: number): Promise<TrtcCallbackSettings> {
    const rows = await this.db.query<ConfigRow>(
      "select event_family, url, key from trtc_callback_config where sdk_app_id = $1",
      [sdkAppId],
    );
    const settings: TrtcCallbackSettings = { roomAndMedia: null, recording: null };
    for (const row of rows.rows) settings[row.event_family] = { url: row.url, key: row.key };
    return settings;
  }

  async targetFor(sdkAppId: number, family: TrtcEventFamily): Promise<TrtcCallbackTarget | null> {
    return (await this.settingsOf(sdkAppId))[family];
  }

  /** Replaces an app's configuration: a family set to null stops its callbacks. */
  async replace(sdkAppId: number, settings: TrtcCallbackSettings): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query("delete from trtc_callback_config where sdk_app_id = $1", [sdkAppId]);
      for (const family of TRTC_EVENT_FAMILIES) {
        const target = settings[family];
        if (!target) continue;
        await tx.query(
          "insert into trtc_callback_config (sdk_app_id, event_family, url, key) values ($1, $2, $3, $4)",
          [sdkAppId, family, target.url, target.key],
        );
      }
    });
  }
}
