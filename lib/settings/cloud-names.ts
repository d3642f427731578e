/**
 * How the console names what it creates in the cloud, so it can find its own objects again and
 * never touch anyone else's.
 */
export const consoleTemplateName = (sdkAppId: number) => `trtc_console_${sdkAppId}`;

/**
 * Chosen-user recording binds the record template with a rule for this stream name, which no
 * stream publishes under: only streams whose publisher entered with a userDefineRecordId (or a mix
 * with a RecordId) are recorded. The local cloud uses the same constant
 * (local-cloud/src/recording/contracts.ts); a test keeps the two equal.
 */
export const CHOSEN_USERS_STREAM_NAME = "trtc_chosen_users_only";
