"use client";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { SubApplication } from "@/lib/data/settings/sub-applications";

/** Every search field, as the URL keeps it (must match SEARCH_KEYS in recordings-client). */
export type SearchValues = Record<
  "prefix" | "text" | "streamId" | "roomId" | "from" | "to" | "format" | "subAppId" | "sort" | "health",
  string
>;

const FIELDS: Array<{ key: keyof SearchValues; label: string; type?: string; placeholder?: string }> = [
  { key: "prefix", label: "Name prefix", placeholder: "e.g. teacher42_" },
  { key: "text", label: "Name contains" },
  { key: "streamId", label: "Stream id" },
  { key: "roomId", label: "Room" },
  { key: "from", label: "Created from", type: "datetime-local" },
  { key: "to", label: "Created before", type: "datetime-local" },
];

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
  // A sub-application in a shared link stays choosable even if this account's list lacks it.
  const subAppOptions =
    initial.subAppId && !subApplications.some((app) => String(app.id) === initial.subAppId)
      ? [...subApplications, { id: Number(initial.subAppId), name: "from the link" }]
      : subApplications;
  const [values, setValues] = useState(initial);
  const set = (key: keyof SearchValues) => (event: { target: { value: string } }) =>
    setValues({ ...values, [key]: event.target.value });
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(values);
  }
  return (
    <form role="search" aria-label="Search recordings" onSubmit={submit} className="grid gap-3 md:grid-cols-4">
      {FIELDS.map((field) => (
        <div key={field.key} className="flex flex-col gap-1.5">
          <Label htmlFor={`search-${field.key}`}>{field.label}</Label>
          <Input
            id={`search-${field.key}`}
            type={field.type ?? "text"}
            placeholder={field.placeholder}
            value={values[field.key]}
            onChange={set(field.key)}
          />
        </div>
      ))}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="search-format">Format</Label>
        <Select id="search-format" value={values.format} onChange={set("format")}>
          <option value="">Any</option>
          <option value="hls">HLS</option>
          <option value="mp4">MP4</option>
          <option value="flv">FLV</option>
          <option value="aac">AAC</option>
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="search-subapp">VOD application</Label>
        <Select id="search-subapp" value={values.subAppId} onChange={set("subAppId")}>
          <option value="">Default for this application</option>
          {subAppOptions.map((app) => (
            <option key={app.id} value={String(app.id)}>
              {app.name} ({app.id})
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="search-sort">Order</Label>
        <Select id="search-sort" value={values.sort} onChange={set("sort")}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
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
        <Label htmlFor="search-health">Has problems (quality check)</Label>
      </div>
      <div className="flex items-end gap-2">
        <Button type="submit">Search</Button>
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
          Clear
        </Button>
      </div>
    </form>
  );
}
