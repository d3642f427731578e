/** A recording page's path: the FileId, and its VOD sub-application when it is not the default one. */
export const recordingPath = (fileId: string, subAppId: number | null): string =>
  `/recordings/${fileId}${subAppId ? `?subAppId=${subAppId}` : ""}`;
