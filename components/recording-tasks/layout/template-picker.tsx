"use client";
import { cn } from "@/lib/utils";

/** A radio group of layout templates, keyboard usable as native radios are. */
export function TemplatePicker<Name extends string>({
  name,
  legend,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: Name; label: string; description: string }>;
  value: Name;
  onChange: (value: Name) => void;
}) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "flex cursor-pointer flex-col gap-0.5 rounded-md border p-3 text-sm has-focus-visible:ring-2 has-focus-visible:ring-ring",
              option.value === value ? "border-primary bg-primary/5" : "hover:bg-muted",
            )}
          >
            <span className="flex items-center gap-2 font-medium">
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={option.value === value}
                onChange={() => onChange(option.value)}
                className="size-4"
              />
              {option.label}
            </span>
            <span className="text-xs text-muted-foreground">{option.description}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
