import type { Migration } from "../../../core/store/open-store";

/** CSS recording and callback configuration: templates (bodies as the API gave them) and rules. */
export const cssMigrations: readonly Migration[] = [
  {
    id: "css-001-templates-and-rules",
    sql: `
      create table css_record_templates (
        id serial primary key,
        name text not null,
        body jsonb not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create table css_callback_templates (
        id serial primary key,
        name text not null,
        body jsonb not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create table css_record_rules (
        domain text not null,
        app_name text not null,
        stream_name text not null,
        template_id integer not null references css_record_templates (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (domain, app_name, stream_name)
      );
      create table css_callback_rules (
        domain text not null,
        app_name text not null,
        template_id integer not null references css_callback_templates (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (domain, app_name)
      );
    `,
  },
];
