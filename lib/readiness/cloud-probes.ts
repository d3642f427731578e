import "server-only";
import type { CloudAction, CloudService } from "@/lib/cloud/cloud-action";
import type { CloudClients } from "@/lib/cloud/clients";
import { describeLiveCallbackRules } from "@/lib/cloud/live/describe-live-callback-rules";
import { describeLiveCallbackTemplates } from "@/lib/cloud/live/describe-live-callback-templates";
import { describeLiveDomains, type LiveDomain } from "@/lib/cloud/live/describe-live-domains";
import type { CssCallbackRule, CssCallbackTemplate } from "@/lib/cloud/live/css-types";
import { sendIncompleteRequest, type PermissionProbeIds } from "@/lib/cloud/send-incomplete-request";
import { describeRecordStatistic } from "@/lib/cloud/trtc/describe-record-statistic";
import { describeRecordingUsage } from "@/lib/cloud/trtc/describe-recording-usage";
import { describeRoomInfo } from "@/lib/cloud/trtc/describe-room-info";
import { describeSubAppIds } from "@/lib/cloud/vod/describe-sub-app-ids";
import { probeSubAppIdRequirement } from "@/lib/cloud/vod/probe-sub-app-requirement";
import { pickDefaultApplication, type VodApplication } from "@/lib/cloud/vod/vod-application";
import type { BillingRange } from "@/lib/cloud/billing-range";
import type { MinutesByDay } from "@/lib/costs/usage-readings";
import type { Limiter } from "./limit-concurrency";
import { isUnanswered, settle, type ProbeFailure, type ProbeOutcome } from "./probe-outcome";
import type { ReadinessTarget } from "./types";

/** Cloud-recording minutes (DescribeRecordingUsage), single-stream and mixed. */
export interface CloudRecordingUsage {
  single: MinutesByDay;
  multi: MinutesByDay;
}

export interface CloudProbesOptions {
  clients: CloudClients;
  target: ReadinessTarget;
  limit: Limiter;
  /** The last 31 billing days (TRTC's usage actions take at most 31). */
  usageRange: BillingRange;
  /** Unix seconds: DescribeRoomInfo asks for the hour before. */
  nowSeconds: number;
}

const DONE: ProbeOutcome<void> = { ok: true, value: undefined };
const asVoid = <T>(outcome: ProbeOutcome<T>): ProbeOutcome<void> => (outcome.ok ? DONE : outcome);

/**
 * Every call the readiness check makes, each made at most once however many checks read it, at
 * most a few at a time (the limiter). Reads go through the console's own lib/cloud functions, as
 * the console sends them; permissions of the other actions through sendIncompleteRequest.
 *
 * Once `gate` found that no product answers (the keys are refused, the endpoint is down), every
 * later probe returns that failure without calling: a few dozen calls would each say the same.
 */
export class CloudProbes {
  private halt: ProbeFailure | null = null;
  private gateOutcome?: Promise<Record<CloudService, ProbeOutcome<unknown>>>;
  private readonly permissions = new Map<CloudAction, Promise<ProbeOutcome<void>>>();
  private recordStatisticOutcome?: Promise<ProbeOutcome<MinutesByDay>>;
  private cloudRecordingUsageOutcome?: Promise<ProbeOutcome<CloudRecordingUsage>>;
  private liveDomainsOutcome?: Promise<ProbeOutcome<LiveDomain[]>>;
  private vodApplicationsOutcome?: Promise<ProbeOutcome<VodApplication[]>>;
  private roomInfoOutcome?: Promise<ProbeOutcome<void>>;
  private subAppRequirementOutcome?: Promise<ProbeOutcome<"required" | "optional">>;
  private callbackRulesOutcome?: Promise<ProbeOutcome<CssCallbackRule[]>>;
  private callbackTemplatesOutcome?: Promise<ProbeOutcome<CssCallbackTemplate[]>>;

  constructor(private readonly options: CloudProbesOptions) {}

  private run<T>(call: () => Promise<T>): Promise<ProbeOutcome<T>> {
    const halt = this.halt;
    if (halt) return Promise.resolve({ ok: false, failure: halt });
    return this.options.limit(() => settle(call));
  }

  /**
   * Asks each product a read every account may make, before anything else (the gate of the check):
   * TRTC's recording statistic, VOD's applications, CSS's domains. When none answers for a reason
   * that says nothing of the account (`isUnanswered`: keys refused, endpoint down), the rest of the
   * check is not sent. Returns each product's outcome.
   */
  gate(): Promise<Record<CloudService, ProbeOutcome<unknown>>> {
    this.gateOutcome ??= Promise.all([this.recordStatistic(), this.vodApplications(), this.liveDomains()]).then(
      ([trtc, vod, live]) => {
        const failures = [trtc, vod, live].flatMap((outcome) => (outcome.ok ? [] : [outcome.failure]));
        const [first] = failures;
        if (first && failures.length === 3 && failures.every(isUnanswered)) this.halt = first;
        return { trtc, vod, live };
      },
    );
    return this.gateOutcome;
  }

  /** Legacy (CSS) recording of the app over the range (DescribeRecordStatistic). */
  recordStatistic(): Promise<ProbeOutcome<MinutesByDay>> {
    const { clients, target, usageRange } = this.options;
    return (this.recordStatisticOutcome ??= this.run(() =>
      describeRecordStatistic({ sdkAppId: target.sdkAppId, range: usageRange }, clients.trtc),
    ));
  }

  /** Cloud recording of the app over the range (DescribeRecordingUsage, single and multi). */
  cloudRecordingUsage(): Promise<ProbeOutcome<CloudRecordingUsage>> {
    const { clients, target, usageRange } = this.options;
    const read = (mixType: "single" | "multi") =>
      describeRecordingUsage({ sdkAppId: target.sdkAppId, range: usageRange, mixType }, clients.trtc);
    return (this.cloudRecordingUsageOutcome ??= this.run(async () => ({
      single: await read("single"),
      multi: await read("multi"),
    })));
  }

  liveDomains(): Promise<ProbeOutcome<LiveDomain[]>> {
    return (this.liveDomainsOutcome ??= this.run(() => describeLiveDomains(this.options.clients.live)));
  }

  vodApplications(): Promise<ProbeOutcome<VodApplication[]>> {
    return (this.vodApplicationsOutcome ??= this.run(() => describeSubAppIds(this.options.clients.vod)));
  }

  /** DescribeRoomInfo over the last hour: answers only with a monitoring package. */
  roomInfo(): Promise<ProbeOutcome<void>> {
    const { clients, target, nowSeconds } = this.options;
    return (this.roomInfoOutcome ??= this.run(async () => {
      await describeRoomInfo(
        { sdkAppId: target.sdkAppId, startTime: nowSeconds - 3600, endTime: nowSeconds, pageNumber: 0, pageSize: 1 },
        clients.trtc,
      );
    }));
  }

  subAppRequirement(): Promise<ProbeOutcome<"required" | "optional">> {
    return (this.subAppRequirementOutcome ??= this.run(() => probeSubAppIdRequirement(this.options.clients.vod)));
  }

  callbackRules(): Promise<ProbeOutcome<CssCallbackRule[]>> {
    return (this.callbackRulesOutcome ??= this.run(() => describeLiveCallbackRules(this.options.clients.live)));
  }

  callbackTemplates(): Promise<ProbeOutcome<CssCallbackTemplate[]>> {
    return (this.callbackTemplatesOutcome ??= this.run(() => describeLiveCallbackTemplates(this.options.clients.live)));
  }

  /** The VOD application VOD calls name: the console's choice, else the account's default one. */
  private async vodSubAppId(): Promise<number | null> {
    const chosen = this.options.target.stored?.defaultVodSubAppId ?? null;
    if (chosen !== null) return chosen;
    const apps = await this.vodApplications();
    return apps.ok ? (pickDefaultApplication(apps.value)?.id ?? null) : null;
  }

  private async idsFor(action: CloudAction): Promise<PermissionProbeIds> {
    if (action.startsWith("trtc:")) return { SdkAppId: this.options.target.sdkAppId };
    if (action.startsWith("vod:")) {
      const subAppId = await this.vodSubAppId();
      return subAppId === null ? {} : { SubAppId: subAppId };
    }
    return {};
  }

  /** The reads other checks make anyway answer for their action's permission too. */
  private sharedRead(action: CloudAction): Promise<ProbeOutcome<void>> | null {
    switch (action) {
      case "trtc:DescribeRecordStatistic":
        return this.recordStatistic().then(asVoid);
      case "trtc:DescribeRecordingUsage":
        return this.cloudRecordingUsage().then(asVoid);
      case "trtc:DescribeRoomInfo":
        return this.roomInfo();
      case "live:DescribeLiveDomains":
        return this.liveDomains().then(asVoid);
      case "live:DescribeLiveCallbackRules":
        return this.callbackRules().then(asVoid);
      case "live:DescribeLiveCallbackTemplates":
        return this.callbackTemplates().then(asVoid);
      case "vod:DescribeSubAppIds":
        return this.vodApplications().then(asVoid);
      default:
        return null;
    }
  }

  /**
   * What `action` answered: a read the check makes anyway, or the action's incomplete request
   * (sendIncompleteRequest). The caller never asks for an action the table marks as not sent.
   */
  permission(action: CloudAction): Promise<ProbeOutcome<void>> {
    const known = this.permissions.get(action);
    if (known) return known;
    const outcome =
      this.sharedRead(action) ??
      this.idsFor(action).then((ids) => this.run(() => sendIncompleteRequest(action, ids, this.options.clients)));
    this.permissions.set(action, outcome);
    return outcome;
  }
}
