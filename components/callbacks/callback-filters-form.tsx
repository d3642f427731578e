"use client";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { ApplicationSummary } from "@/lib/data/applications/list-applications";
import { CALLBACK_EVENT_TYPES } from "@/lib/callbacks/event-names";
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
  const t = useTranslations("callbacks");
  const set = (field: keyof CallbackFilterValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [field]: event.target.value });
  return (
    <form
      className="grid gap-3 md:grid-cols-3 xl:grid-cols-6"
      role="search"
      aria-label={t("filters.label")}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-application">{t("filters.application")}</Label>
        <Select id="filter-application" value={values.sdkAppId} onChange={set("sdkAppId")}>
          <option value="">{t("filters.allApplications")}</option>
          {applications.map((application) => (
            <option key={application.sdkAppId} value={String(application.sdkAppId)}>
              {t("filters.applicationOption", { name: application.name, sdkAppId: String(application.sdkAppId) })}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-event-type">{t("filters.event")}</Label>
        <Select id="filter-event-type" value={values.eventType} onChange={set("eventType")}>
          <option value="">{t("filters.allEvents")}</option>
          {CALLBACK_EVENT_TYPES.map((type) => (
            <option key={type} value={String(type)}>
              {t("filters.eventOption", { type: String(type), name: t(`events.names.${type}`) })}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-stream-id">{t("filters.streamId")}</Label>
        <Input
          id="filter-stream-id"
          value={values.streamId}
          onChange={set("streamId")}
          placeholder={t("filters.streamIdPlaceholder")}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-signature">{t("filters.signature")}</Label>
        <Select id="filter-signature" value={values.signature} onChange={set("signature")}>
          <option value="">{t("filters.bothSignatures")}</option>
          <option value="valid">{t("filters.validOnly")}</option>
          <option value="invalid">{t("filters.invalidOnly")}</option>
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-from">{t("filters.from")}</Label>
        <Input id="filter-from" type="datetime-local" value={values.from} onChange={set("from")} />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-to">{t("filters.to")}</Label>
        <Input id="filter-to" type="datetime-local" value={values.to} onChange={set("to")} />
      </div>
    </form>
  );
}
