import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  analyseContacts,
  findHotspots,
  journeyMetrics,
  layoutDrawing,
  layoutTimeline,
} from '../shared/journey/index.ts';
import { generateJourney } from './journey-generate.ts';

/**
 * The pure journey analysis at editor scale: metrics, hotspots and both layouts for 30, 300 and 1,000
 * steps, median of 25 runs each (after warm-up). The browser render times are measured by
 * e2e/journeys-scale.test.ts; both go to docs/performance/journeys.md.
 */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void, rounds = 25): number {
  for (let i = 0; i < 5; i += 1) run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

console.log(
  `node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${new Date().toISOString()}`,
);
console.log('steps | actors | metrics+hotspots ms | drawing layout ms | timeline layout ms');
for (const [steps, actors] of [
  [30, 12],
  [300, 40],
  [1000, 60],
] as const) {
  const journey = generateJourney(steps, actors);
  const analysis = time(() => {
    const contacts = analyseContacts(journey);
    journeyMetrics(journey, contacts);
    findHotspots(journey, {}, contacts);
  });
  const drawing = time(() => layoutDrawing(journey));
  const timeline = time(() => layoutTimeline(journey));
  console.log(
    `${steps} | ${actors} | ${analysis.toFixed(2)} | ${drawing.toFixed(2)} | ${timeline.toFixed(2)}`,
  );
}
