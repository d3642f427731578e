/** The inbox's filter form: every value as its input holds it (times in the browser's zone). */
export interface CallbackFilterValues {
  sdkAppId: string;
  eventType: string;
  streamId: string;
  signature: string;
  from: string;
  to: string;
}

/** The form's starting point: the selected application's events, of every kind and time. */
export function initialCallbackFilters(sdkAppId: number | null): CallbackFilterValues {
  return {
    sdkAppId: sdkAppId === null ? "" : String(sdkAppId),
    eventType: "",
    streamId: "",
    signature: "",
    from: "",
    to: "",
  };
}

/**
 * The form's values as /api/callback-events query parameters: empty ones dropped, and
 * `datetime-local` values (local wall time) turned into ISO instants. A time the browser cannot
 * read is passed on as typed, so the route answers with its validation message.
 */
export function toQueryFilters(values: CallbackFilterValues): Record<string, string> {
  const query: Record<string, string> = {};
  const instant = (local: string) => {
    const date = new Date(local);
    return Number.isNaN(date.getTime()) ? local : date.toISOString();
  };
  if (values.sdkAppId) query.sdkAppId = values.sdkAppId;
  if (values.eventType) query.eventType = values.eventType;
  if (values.streamId.trim()) query.streamId = values.streamId.trim();
  if (values.signature) query.signature = values.signature;
  if (values.from) query.from = instant(values.from);
  if (values.to) query.to = instant(values.to);
  return query;
}
