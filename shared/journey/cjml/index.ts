/**
 * CJML 2.0 exchange (SINTEF's Customer Journey Modelling Language, cjml.no): Borgerblik journeys as
 * planned or actual CJML journeys and back. Pure; imports xmldom, so the web app does not import it.
 * What CJML carries and what it does not: docs/CJML.md.
 */
import type { Journey } from '../journey.ts';
import { type JourneyToCjmlOptions, journeyToCjml } from './from-journey.ts';
import { parseCjml } from './parse.ts';
import { type ConvertedJourney, cjmlToJourney } from './to-journey.ts';
import { writeCjml } from './write.ts';
import type { CjmlIssue } from './xml.ts';

export * from './channels.ts';
export * from './from-journey.ts';
export * from './model.ts';
export * from './parse.ts';
export * from './text.ts';
export * from './to-journey.ts';
export { writeCjml } from './write.ts';
export type { CjmlIssue, CjmlProblem, Loc } from './xml.ts';

/** A journey as a CJML 2.0 file (one planned or actual journey). */
export function journeyToCjmlXml(journey: Journey, options: JourneyToCjmlOptions): string {
  return writeCjml([journeyToCjml(journey, options)]);
}

export type ReadCjmlResult = { ok: true; journeys: ConvertedJourney[] } | { ok: false; issues: CjmlIssue[] };

/**
 * Reads a CJML 2.0 file into Borgerblik journeys (one per planned or actual journey in the file), or
 * every problem with its element path. The journeys still need the journey schema's checks.
 */
export function readCjml(text: string): ReadCjmlResult {
  const parsed = parseCjml(text);
  if (!parsed.ok) return parsed;
  return { ok: true, journeys: parsed.journeys.map(cjmlToJourney) };
}
