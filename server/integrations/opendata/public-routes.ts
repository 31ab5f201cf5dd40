import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse } from '../../../shared/api/common.ts';
import { SnapshotCache } from '../../dashboard/context-cache.ts';
import { defaultPeriod, monthEnd } from '../../dashboard/period.ts';
import { notFound } from '../../http/app-error.ts';
import { openFigures } from './figures.ts';
import { catalogRecord, toCsv } from './render.ts';
import { findPublished } from './repository.ts';
import { OpenDataQuery } from './routes.ts';
import { openDataUrls } from './service.ts';

/** The JSON document: the municipality, then the period and figures as docs/INTEGRATION.md describes them. */
const OpenDataFigures = z
  .object({ municipality: z.object({ name: z.string(), slug: z.string(), country: z.string() }) })
  .catchall(z.unknown());

const Params = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,64}$/) }).strict();
/** Anyone may fetch these; a limit per client keeps a scraper from keeping the database busy. */
const rateLimit = { max: 30, timeWindow: 60_000 };
// `public` marks them so in the OpenAPI document (no security requirement; server/auth/plugin.ts).
const CACHE_MS = 60_000;

/**
 * Open data at stable public addresses (no sign-in): `/open/<slug>/indicators.json|csv` and the
 * DCAT-AP record `/open/<slug>/catalog.jsonld`. A municipality that does not publish answers 404.
 */
export const openDataPublicRoutes: FastifyPluginAsyncZod = async (app) => {
  const snapshots = new SnapshotCache();
  const tags = ['open data'];
  // The figures change with the 5-second roll-up at most; a minute's reuse keeps repeated downloads
  // (a BI tool refreshing, a crawler) from recomputing every unit × month × indicator each time.
  const recent = new Map<string, { at: number; data: Promise<Awaited<ReturnType<typeof openFigures>>> }>();
  const figuresOf = (municipalityId: string, p: { from: string; to: string }) => {
    const key = `${municipalityId}|${p.from}|${p.to}`;
    const hit = recent.get(key);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.data;
    if (recent.size > 500) recent.clear();
    const data = openFigures(app.db, municipalityId, snapshots, p);
    data.catch(() => recent.delete(key));
    recent.set(key, { at: Date.now(), data });
    return data;
  };
  const published = async (slug: string) => {
    const m = await findPublished(app.db, slug);
    if (!m) throw notFound();
    return m;
  };
  const period = (q: z.infer<typeof OpenDataQuery>) => {
    const fallback = defaultPeriod(new Date());
    return { from: q.from ? `${q.from}-01` : fallback.from, to: q.to ? monthEnd(`${q.to}-01`) : fallback.to };
  };

  app.get(
    '/open/:slug/indicators.json',
    {
      config: { rateLimit, public: true },
      schema: {
        tags,
        summary: 'Indicator figures per unit and month (JSON)',
        params: Params,
        querystring: OpenDataQuery,
        response: { 200: OpenDataFigures },
      },
    },
    async (request, reply) => {
      const m = await published(request.params.slug);
      const data = await figuresOf(m.id, period(request.query));
      reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=300');
      return { municipality: { name: m.name, slug: m.slug, country: m.country }, ...data };
    },
  );
  app.get(
    '/open/:slug/indicators.csv',
    {
      config: { rateLimit, public: true },
      schema: {
        tags,
        summary: 'Indicator figures per unit and month (CSV)',
        params: Params,
        querystring: OpenDataQuery,
        response: {
          200: fileResponse('text/csv', 'One row per unit, month and indicator (docs/INTEGRATION.md)'),
        },
      },
    },
    async (request, reply) => {
      const m = await published(request.params.slug);
      const data = await figuresOf(m.id, period(request.query));
      return reply
        .header('access-control-allow-origin', '*')
        .header('cache-control', 'public, max-age=300')
        .header('content-disposition', `inline; filename="${m.slug}-indicators.csv"`)
        .type('text/csv; charset=utf-8')
        .send(toCsv(data.figures));
    },
  );
  app.get(
    '/open/:slug/catalog.jsonld',
    {
      config: { rateLimit, public: true },
      schema: {
        tags,
        summary: 'DCAT-AP metadata of the open data',
        params: Params,
        response: { 200: fileResponse('application/ld+json', 'A DCAT-AP style catalogue record') },
      },
    },
    async (request, reply) => {
      const m = await published(request.params.slug);
      const origin = `${request.protocol}://${request.host}`;
      const record = catalogRecord({
        origin,
        slug: m.slug,
        name: m.name,
        country: m.country,
        publishedAt: m.published_at,
        urls: openDataUrls(m.slug),
      });
      return reply
        .header('access-control-allow-origin', '*')
        .type('application/ld+json')
        .send(JSON.stringify(record));
    },
  );
};
