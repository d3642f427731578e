import type { RelayPolicy, RelayPublish } from "../relay/relay";

/** Something that wants to know about publishes without a say in admitting them (the recorder). */
export interface PublishObserver {
  onPublishStarted(publish: RelayPublish): void;
  onPublishEnded(sessionId: string): void;
}

/**
 * The relay takes one policy: this keeps `policy` (TRTC's) in charge of admission and tells the
 * observers about each publish after it. An observer that throws does not stop the others.
 */
export function observeRelayPolicy(policy: RelayPolicy, observers: readonly PublishObserver[]): RelayPolicy {
  const tellAll = (tell: (observer: PublishObserver) => void) => {
    for (const observer of observers) {
      try {
        tell(observer);
      } catch {
        // An observer's own failure must not affect rooms or the relay.
      }
    }
  };
  return {
    authorizePublish: (publish) => policy.authorizePublish(publish),
    onPublishStarted: (publish) => {
      policy.onPublishStarted(publish);
      tellAll((observer) => observer.onPublishStarted(publish));
    },
    onPublishEnded: (sessionId) => {
      policy.onPublishEnded(sessionId);
      tellAll((observer) => observer.onPublishEnded(sessionId));
    },
  };
}
