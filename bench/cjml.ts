/**
 * CJML 2.0 exchange: CPU time to write and read back a 1,000-step journey (the API's step ceiling) and a
 * file of 5 such journeys, on this machine. `npx tsx bench/cjml.ts`; figures go to docs/performance/cjml.md.
 */
import { cpus, loadavg } from 'node:os';
import { journeyToCjmlXml, readCjml } from '../shared/journey/cjml/index.ts';
import { journeyOf, makeStep } from '../shared/journey/test-fixtures.ts';

const journey = journeyOf('A');
journey.steps = Array.from({ length: 1000 }, (_, i) =>
  makeStep(`s${i}`, ['A', 'B', 'C', 'G', 'H', 'S'][i % 6] ?? 'A', {
    description: `Kontakt nummer ${i} med en beskrivelse af, hvad der sker, og hvad borgeren oplever.`,
    waitingMinutes: i * 10,
    durationMinutes: 30,
  }),
);

function cpuMs(run: () => void, times: number): number {
  run();
  const start = process.cpuUsage();
  for (let i = 0; i < times; i += 1) run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / times;
}

let xml = '';
const write = cpuMs(() => {
  xml = journeyToCjmlXml(journey, { kind: 'planned', journeyId: 'bench' });
}, 10);
const read = cpuMs(() => {
  const result = readCjml(xml);
  if (!result.ok) throw new Error('bench file did not read');
}, 10);
const body = xml.slice(xml.indexOf('<plannedJourney'), xml.lastIndexOf('</CJML>'));
const three = xml.replace('</CJML>', `${body.repeat(2)}</CJML>`);
const readThree = cpuMs(() => {
  const result = readCjml(three);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
}, 3);

console.log(
  JSON.stringify(
    {
      date: new Date().toISOString(),
      cpus: cpus().length,
      loadavg: loadavg().map((v) => v.toFixed(2)),
      fileChars: xml.length,
      writeCpuMs: Math.round(write),
      readCpuMs: Math.round(read),
      threeJourneysChars: three.length,
      readThreeCpuMs: Math.round(readThree),
    },
    null,
    2,
  ),
);
