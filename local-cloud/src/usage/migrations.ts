import type { Migration } from "../core/store/open-store";

/**
 * The usage ledger: one row per stretch of billable work (a recorded file, one run of a mix, per
 * input for a mixed task), with its tier, so the usage actions can add it up for any window.
 */
export const usageMigrations: readonly Migration[] = [
  {
    id: "usage-001-records",
    sql: `
      create table usage_records (
        id serial primary key,
        sdk_app_id bigint not null,
        metric text not null,
        tier text not null,
        start_ms bigint not null,
        end_ms bigint not null
      );
      create index usage_records_window on usage_records (metric, start_ms, end_ms);
    `,
  },
];
