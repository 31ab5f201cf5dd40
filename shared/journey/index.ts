/**
 * The pure domain of citizen journeys (borgerrejser): schemas, JSON import/export, analysis and
 * drawing geometry. No I/O; safe in the browser and on the server. The demo journeys (`demo.ts`) are not
 * exported here: only the server's seed and tests import them, so they never ship to the browser.
 */
export * from './actor.ts';
export * from './assessment.ts';
export * from './badges.ts';
export * from './compare.ts';
export * from './contacts.ts';
export * from './drawing.ts';
export * from './duration.ts';
export * from './hotspots.ts';
export * from './journey.ts';
export * from './json.ts';
export * from './limits.ts';
export * from './metrics.ts';
export * from './positions.ts';
export * from './references.ts';
export * from './rings.ts';
export * from './step.ts';
export * from './swimlane.ts';
export * from './timeline.ts';
