import type { Migration } from "../core/store/open-store";

/**
 * The account (one row): `configured` is the start-up account that seeded it, `current` the
 * account as the control plane last left it. A start with the same configured account keeps
 * `current`; a start with another one replaces both (see Account.open).
 */
export const accountMigrations: readonly Migration[] = [
  {
    id: "account-001-account",
    sql: `
      create table local_cloud_account (
        id smallint primary key default 1 check (id = 1),
        configured jsonb not null,
        current jsonb not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
    `,
  },
];
