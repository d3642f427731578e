-- Recordings started before the two layout forms became one (lib/schemas/recording-layout.ts):
-- a task's layout named its template `mode` and had no video users or small picture; a mix's had
-- no PureAudioDisableLayout. Their stored requests are read back through the new schema.
UPDATE "recording_tasks"
SET "request" = jsonb_set(
  "request",
  '{input,layout}'::text[],
  (("request" #> '{input,layout}'::text[]) - 'mode'::text)
    || jsonb_build_object(
      'template', "request" #> '{input,layout,mode}'::text[],
      'mixVideoUserIds', '[]'::jsonb,
      'small', 'null'::jsonb
    )
)
WHERE "kind" = 'cloud_task' AND ("request" #> '{input,layout}'::text[]) ? 'mode'::text;
--> statement-breakpoint
UPDATE "recording_tasks"
SET "request" = jsonb_set("request", '{input,layout,pureAudioDisableLayout}'::text[], 'false'::jsonb)
WHERE "kind" = 'mcu_mix'
  AND jsonb_typeof("request" #> '{input,layout}'::text[]) = 'object'
  AND NOT (("request" #> '{input,layout}'::text[]) ? 'pureAudioDisableLayout'::text);
