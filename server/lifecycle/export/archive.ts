import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import archiver from 'archiver';
import { type Kysely, sql } from 'kysely';
import { migrations } from '../../db/migrations/index.ts';
import type { Database } from '../../db/types.ts';
import { csvPieces, MACHINE_CSV } from '../../http/csv.ts';
import { REDACTED_COLUMNS, tableRows } from './table-rows.ts';
import { tenantTables } from './tenant-tables.ts';

export const EXPORT_FORMAT = 'borgerblik.export';
export const EXPORT_VERSION = 1;

export interface ExportSummary {
  tables: Record<string, number>;
  photos: number;
}

/**
 * A municipality's data as one zip, streamed: `tables/<table>.jsonl` for every table with a
 * municipality_id (found in the catalogue), `people/users.csv`, the observation photos, and last
 * `manifest.json` with the schema version and the row counts (written last because the counts are
 * known only once each table has streamed). One page of rows is in memory at a time.
 */
export function exportArchive(
  db: Kysely<Database>,
  municipalityId: string,
  dataDir: string,
  now: Date,
  onDone: (summary: ExportSummary) => Promise<void>,
): Readable {
  const zip = archiver('zip', { zlib: { level: 6 } });
  const summary: ExportSummary = { tables: {}, photos: 0 };
  void (async () => {
    try {
      const municipality = await db
        .selectFrom('municipality')
        .selectAll()
        .where('id', '=', municipalityId)
        .executeTakeFirstOrThrow();
      zip.append(`${JSON.stringify(municipality)}\n`, { name: 'tables/municipality.jsonl' });
      summary.tables.municipality = 1;
      for (const table of await tenantTables(db)) {
        summary.tables[table.name] = 0;
        const lines = async function* () {
          for await (const page of tableRows(db, table, municipalityId)) {
            summary.tables[table.name] = (summary.tables[table.name] ?? 0) + page.length;
            yield `${page.map((r) => JSON.stringify(r)).join('\n')}\n`;
          }
        };
        await appendAndWait(zip, Readable.from(lines()), `tables/${table.name}.jsonl`);
      }
      await appendAndWait(
        zip,
        Readable.from(csvPieces(peopleRows(db, municipalityId), { ...MACHINE_CSV, quoteText: true })),
        'people/users.csv',
      );
      summary.photos = await appendPhotos(zip, dataDir, municipalityId);
      const migrationNames = Object.keys(migrations).sort();
      const manifest = {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        schemaVersion: migrationNames.at(-1),
        exportedAt: now.toISOString(),
        municipality: {
          id: municipality.id,
          slug: municipality.slug,
          name: municipality.name,
          country: municipality.country,
        },
        tables: summary.tables,
        photos: summary.photos,
        redactedColumns: REDACTED_COLUMNS,
        files: { tables: 'tables/<table>.jsonl: one JSON object per line', people: 'people/users.csv' },
      };
      zip.append(`${JSON.stringify(manifest, null, 2)}\n`, { name: 'manifest.json' });
      await onDone(summary);
      await zip.finalize();
    } catch (err) {
      zip.abort();
      zip.emit('error', err);
    }
  })();
  return zip;
}

/** Appends a stream and waits until archiver has consumed it, so only one table's query runs at a time. */
function appendAndWait(zip: archiver.Archiver, stream: Readable, name: string): Promise<void> {
  return new Promise((done, fail) => {
    const onEntry = (entry: archiver.EntryData) => {
      if (entry.name !== name) return;
      zip.off('entry', onEntry);
      done();
    };
    zip.on('entry', onEntry);
    stream.once('error', fail);
    zip.append(stream, { name });
  });
}

async function* peopleRows(db: Kysely<Database>, m: string) {
  yield ['id', 'name', 'email', 'role', 'active', 'locale', 'created_at', 'last_login_at'];
  const rows = await sql<Record<string, string | null>>`select id::text, name, email, role, active::text,
    locale, to_jsonb(created_at) #>> '{}' as created_at, to_jsonb(last_login_at) #>> '{}' as last_login_at
    from app_user where municipality_id = ${m} order by email`.execute(db);
  for (const r of rows.rows)
    yield [r.id, r.name, r.email, r.role, r.active, r.locale, r.created_at, r.last_login_at].map(
      (v) => v ?? null,
    );
}

async function appendPhotos(zip: archiver.Archiver, dataDir: string, m: string): Promise<number> {
  const folder = join(resolve(dataDir, '..', 'improvement-photos'), m);
  const files = await readdir(folder).catch(() => [] as string[]);
  let count = 0;
  for (const file of files.filter((f) => !f.endsWith('.tmp'))) {
    await appendAndWait(zip, createReadStream(join(folder, file)), `photos/${file}`);
    count++;
  }
  return count;
}
