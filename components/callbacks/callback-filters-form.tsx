"use client";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { ApplicationSummary } from "@/lib/data/applications/list-applications";
import { CALLBACK_EVENT_NAMES } from "@/lib/callbacks/event-names";
import type { CallbackFilterValues } from "@/lib/schemas/callback-filters";

/** Filters apply as you type; times are the browser's local time. */
export function CallbackFiltersForm({
  values,
  onChange,
  applications,
}: {
  values: CallbackFilterValues;
  onChange: (values: CallbackFilterValues) => void;
  applications: ApplicationSummary[];
}) {
  const set = (field: keyof CallbackFilterValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [field]: event.target.value });
  return (
    <form
      className="grid gap-3 md:grid-cols-3 xl:grid-cols-6"
      role="search"
      aria-label="Filter callbacks"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-application">Application</Label>
        <Select id="filter-application" value={values.sdkAppId} onChange={set("sdkAppId")}>
          <option value="">All, and unknown</option>
          {applications.map((application) => (
            <option key={application.sdkAppId} value={String(application.sdkAppId)}>
              {application.name} ({application.sdkAppId})
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-event-type">Event</Label>
        <Select id="filter-event-type" value={values.eventType} onChange={set("eventType")}>
          <option value="">All events</option>
          {Object.entries(CALLBACK_EVENT_NAMES).map(([type, name]) => (
            <option key={type} value={type}>
              {type} · {name}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-stream-id">Stream id</Label>
        <Input id="filter-stream-id" value={values.streamId} onChange={set("streamId")} placeholder="exact stream id" />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-signature">Signature</Label>
        <Select id="filter-signature" value={values.signature} onChange={set("signature")}>
          <option value="">Valid and invalid</option>
          <option value="valid">Valid only</option>
          <option value="invalid">Invalid only</option>
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-from">Received from</Label>
        <Input id="filter-from" type="datetime-local" value={values.from} onChange={set("from")} />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-to">Received until</Label>
        <Input id="filter-to" type="datetime-local" value={values.to} onChange={set("to")} />
      </div>
    </form>
  );
}
