"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { SubApplication } from "@/lib/data/settings/sub-applications";

/** The formats as the URL keeps them, and their names (the same in every language). */
const FORMAT_OPTIONS = [
  ["hls", "HLS"],
  ["mp4", "MP4"],
  ["flv", "FLV"],
  ["aac", "AAC"],
] as const;

/** Every search field, as the URL keeps it (must match SEARCH_KEYS in recordings-client). */
export type SearchValues = Record<
  "prefix" | "text" | "streamId" | "roomId" | "from" | "to" | "format" | "subAppId" | "sort" | "health",
  string
>;

/** The text fields: their labels (and placeholders) are keys of `recordings.search`. */
const FIELDS = [
  { key: "prefix", label: "namePrefix", placeholder: "namePrefixPlaceholder" },
  { key: "text", label: "nameContains" },
  { key: "streamId", label: "streamId" },
  { key: "roomId", label: "room" },
  { key: "from", label: "createdFrom", type: "datetime-local" },
  { key: "to", label: "createdBefore", type: "datetime-local" },
] as const satisfies ReadonlyArray<{
  key: keyof SearchValues;
  label: string;
  type?: string;
  placeholder?: string;
}>;

/** The library's search; submitting puts it in the URL (shareable, back-button friendly). */
export function RecordingSearchForm({
  initial,
  onSearch,
  subApplications,
}: {
  initial: SearchValues;
  onSearch: (values: SearchValues) => void;
  subApplications: SubApplication[];
}) {
  const t = useTranslations("recordings.search");
  // A sub-application in a shared link stays choosable even if this account's list lacks it.
  const subAppOptions =
    initial.subAppId && !subApplications.some((app) => String(app.id) === initial.subAppId)
      ? [...subApplications, { id: Number(initial.subAppId), name: t("fromTheLink") }]
      : subApplications;
  const [values, setValues] = useState(initial);
  const set = (key: keyof SearchValues) => (event: { target: { value: string } }) =>
    setValues({ ...values, [key]: event.target.value });
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(values);
  }
  return (
    <form role="search" aria-label={t("formLabel")} onSubmit={submit} className="grid gap-3 md:grid-cols-4">
      {FIELDS.map((field) => (
        <div key={field.key} className="flex flex-col gap-1.5">
          <Label htmlFor={`search-${field.key}`}>{t(field.label)}</Label>
          <Input
            id={`search-${field.key}`}
            type={"type" in field ? field.type : "text"}
            placeholder={"placeholder" in field ? t(field.placeholder) : undefined}
            value={values[field.key]}
            onChange={set(field.key)}
          />
        </div>
      ))}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="search-format">{t("format")}</Label>
        <Select id="search-format" value={values.format} onChange={set("format")}>
          <option value="">{t("anyFormat")}</option>
          {FORMAT_OPTIONS.map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="search-subapp">{t("vodApplication")}</Label>
        <Select id="search-subapp" value={values.subAppId} onChange={set("subAppId")}>
          <option value="">{t("defaultSubApplication")}</option>
          {subAppOptions.map((app) => (
            <option key={app.id} value={String(app.id)}>
              {t("subApplicationOption", { name: app.name, id: app.id })}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="search-sort">{t("order")}</Label>
        <Select id="search-sort" value={values.sort} onChange={set("sort")}>
          <option value="newest">{t("newestFirst")}</option>
          <option value="oldest">{t("oldestFirst")}</option>
        </Select>
      </div>
      <div className="flex items-end gap-2 pb-2">
        <input
          id="search-health"
          type="checkbox"
          className="size-4"
          checked={values.health === "problems"}
          onChange={(event) => setValues({ ...values, health: event.target.checked ? "problems" : "" })}
        />
        <Label htmlFor="search-health">{t("hasProblems")}</Label>
      </div>
      <div className="flex items-end gap-2">
        <Button type="submit">{t("search")}</Button>
        <Button
          type="button"
          variant="ghost"
          onClick={() => {
            const cleared = Object.fromEntries(
              Object.keys(values).map((key) => [key, key === "sort" ? "newest" : ""]),
            ) as SearchValues;
            setValues(cleared);
            onSearch(cleared);
          }}
        >
          {t("clear")}
        </Button>
      </div>
    </form>
  );
}
