import type { PGlite } from "@electric-sql/pglite";
import { cssErrors } from "../errors";

export type TemplateKind = "record" | "callback";

export interface StoredTemplate {
  id: number;
  name: string;
  body: Record<string, unknown>;
}

/** At most this many templates of each kind, as CSS allows (reference §4.1, §4.2). */
export const MAX_TEMPLATES = 50;

const TABLE: Record<TemplateKind, string> = { record: "css_record_templates", callback: "css_callback_templates" };
const RULES: Record<TemplateKind, string> = { record: "css_record_rules", callback: "css_callback_rules" };

/** Record or callback templates: the request body kept as given, so Describe returns what was set. */
export class TemplateStore {
  constructor(
    private readonly db: PGlite,
    private readonly kind: TemplateKind,
  ) {}

  async create(name: string, body: Record<string, unknown>): Promise<number> {
    const count = await this.db.query<{ n: number }>(`select count(*)::int as n from ${TABLE[this.kind]}`);
    if ((count.rows[0]?.n ?? 0) >= MAX_TEMPLATES) throw cssErrors.tooManyTemplates(this.kind, MAX_TEMPLATES);
    const inserted = await this.db.query<{ id: number }>(
      `insert into ${TABLE[this.kind]} (name, body) values ($1, $2) returning id`,
      [name, body],
    );
    const id = inserted.rows[0]?.id;
    if (id === undefined) throw new Error("inserting a template returned no id");
    return id;
  }

  /** Modify merges: fields not given keep their values, as CSS's Modify actions do. */
  async modify(id: number, name: string | undefined, changes: Record<string, unknown>): Promise<void> {
    const current = await this.get(id);
    const body = { ...current.body, ...changes };
    await this.db.query(`update ${TABLE[this.kind]} set name = $2, body = $3, updated_at = now() where id = $1`, [
      id,
      name ?? current.name,
      body,
    ]);
  }

  async get(id: number): Promise<StoredTemplate> {
    const result = await this.db.query<StoredTemplate>(`select id, name, body from ${TABLE[this.kind]} where id = $1`, [
      id,
    ]);
    const row = result.rows[0];
    if (!row) throw cssErrors.templateNotFound(this.kind, id);
    return row;
  }

  async list(): Promise<StoredTemplate[]> {
    return (await this.db.query<StoredTemplate>(`select id, name, body from ${TABLE[this.kind]} order by id`)).rows;
  }

  async delete(id: number): Promise<void> {
    await this.get(id);
    const bound = await this.db.query(`select 1 from ${RULES[this.kind]} where template_id = $1 limit 1`, [id]);
    if (bound.rows.length > 0) throw cssErrors.templateInUse(this.kind, id);
    await this.db.query(`delete from ${TABLE[this.kind]} where id = $1`, [id]);
  }

  async deleteAll(): Promise<void> {
    await this.db.query(`delete from ${RULES[this.kind]}`);
    await this.db.query(`delete from ${TABLE[this.kind]}`);
  }
}
