import type { PGlite } from "@electric-sql/pglite";
import { cssErrors } from "../errors";

export interface RecordRule {
  domain: string;
  appName: string;
  streamName: string;
  templateId: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface CallbackRule {
  domain: string;
  appName: string;
  templateId: number;
  createdAt: Date;
  updatedAt: Date;
}

interface RuleRow {
  domain: string;
  app_name: string;
  stream_name?: string;
  template_id: number;
  created_at: Date;
  updated_at: Date;
}

const describe = (domain: string, appName: string, streamName?: string) =>
  `${domain}/${appName}${streamName !== undefined ? `/${streamName || "(every stream)"}` : ""}`;

/** Record rules (domain, AppName, StreamName → template) and callback rules (domain, AppName → template). */
export class RuleStore {
  constructor(private readonly db: PGlite) {}

  async addRecordRule(domain: string, appName: string, streamName: string, templateId: number): Promise<void> {
    const inserted = await this.db.query(
      `insert into css_record_rules (domain, app_name, stream_name, template_id) values ($1, $2, $3, $4)
       on conflict do nothing returning domain`,
      [domain, appName, streamName, templateId],
    );
    if (inserted.rows.length === 0) throw cssErrors.ruleExists(describe(domain, appName, streamName));
  }

  async deleteRecordRule(domain: string, appName: string, streamName: string): Promise<void> {
    const deleted = await this.db.query(
      "delete from css_record_rules where domain = $1 and app_name = $2 and stream_name = $3 returning domain",
      [domain, appName, streamName],
    );
    if (deleted.rows.length === 0) throw cssErrors.ruleNotFound(describe(domain, appName, streamName));
  }

  async recordRules(): Promise<RecordRule[]> {
    const rows = (await this.db.query<RuleRow>("select * from css_record_rules order by created_at")).rows;
    return rows.map((row) => ({
      domain: row.domain,
      appName: row.app_name,
      streamName: row.stream_name ?? "",
      templateId: row.template_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }

  async addCallbackRule(domain: string, appName: string, templateId: number): Promise<void> {
    const inserted = await this.db.query(
      `insert into css_callback_rules (domain, app_name, template_id) values ($1, $2, $3)
       on conflict do nothing returning domain`,
      [domain, appName, templateId],
    );
    if (inserted.rows.length === 0) throw cssErrors.ruleExists(describe(domain, appName));
  }

  async deleteCallbackRule(domain: string, appName: string): Promise<void> {
    const deleted = await this.db.query(
      "delete from css_callback_rules where domain = $1 and app_name = $2 returning domain",
      [domain, appName],
    );
    if (deleted.rows.length === 0) throw cssErrors.ruleNotFound(describe(domain, appName));
  }

  async callbackRules(): Promise<CallbackRule[]> {
    const rows = (await this.db.query<RuleRow>("select * from css_callback_rules order by created_at")).rows;
    return rows.map((row) => ({
      domain: row.domain,
      appName: row.app_name,
      templateId: row.template_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }
}
