/** A task's SubscribeStreamUserIds: who is heard and who is seen. Lists hold ≤ 32 user ids each. */
export interface Subscription {
  subscribeAudio?: string[];
  unsubscribeAudio?: string[];
  subscribeVideo?: string[];
  unsubscribeVideo?: string[];
}

const PREFIX_MARK = ".*$";

/**
 * Whether `userId` is named by `entry`: an entry ending in `.*$` matches every id it prefixes
 * (`"1.*$"` matches `"123"`), unless some user in the room really is called `1.*$` (reference §2.2).
 */
function matches(entry: string, userId: string, presentUserIds: ReadonlySet<string>): boolean {
  if (entry === userId) return true;
  if (!entry.endsWith(PREFIX_MARK) || presentUserIds.has(entry)) return false;
  return userId.startsWith(entry.slice(0, -PREFIX_MARK.length));
}

/** An allow list admits only whom it names; a deny list admits everyone else; neither admits all. */
function admits(allow: string[] | undefined, deny: string[] | undefined, userId: string, present: ReadonlySet<string>) {
  if (allow?.length) return allow.some((entry) => matches(entry, userId, present));
  if (deny?.length) return !deny.some((entry) => matches(entry, userId, present));
  return true;
}

/** Which of a user's media a task subscribes to. */
export function subscribedMedia(
  subscription: Subscription,
  userId: string,
  presentUserIds: ReadonlySet<string>,
): { audio: boolean; video: boolean } {
  return {
    audio: admits(subscription.subscribeAudio, subscription.unsubscribeAudio, userId, presentUserIds),
    video: admits(subscription.subscribeVideo, subscription.unsubscribeVideo, userId, presentUserIds),
  };
}

/** An allow list and a deny list for the same media are mutually exclusive; the problem, or null. */
export function subscriptionProblem(subscription: Subscription): string | null {
  if (subscription.subscribeAudio?.length && subscription.unsubscribeAudio?.length)
    return "SubscribeAudioUserIds and UnSubscribeAudioUserIds cannot both be given: use an allow list or a deny list.";
  if (subscription.subscribeVideo?.length && subscription.unsubscribeVideo?.length)
    return "SubscribeVideoUserIds and UnSubscribeVideoUserIds cannot both be given: use an allow list or a deny list.";
  return null;
}
