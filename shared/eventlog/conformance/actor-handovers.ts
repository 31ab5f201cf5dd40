import type { MappedTraces } from './traces.ts';
import type { ActorHandover } from './types.ts';

/**
 * Handovers between the planned actors the log's resources/groups are mapped to, against the plan's
 * handovers between actors: for each planned pair how many cases took it ("followed"), and the
 * pairs the plan does not have ("not in plan"), most frequent first. A handover is a change from
 * one mapped actor to another between consecutive mapped events of a case (runs of one actor are
 * one contact), so an unmapped resource in between neither breaks nor makes one.
 */
export function actorHandoversOf(
  traces: MappedTraces,
  planned: ReadonlyArray<readonly [string, string]>,
): { actorHandovers: ActorHandover[]; actorCases: number } {
  const { actorIds, actorRuns, actorOffsets } = traces;
  const stride = actorIds.length;
  const acc = new Map<number, { cases: number; occurrences: number; lastCase: number }>();
  let actorCases = 0;
  for (let c = 0; c + 1 < actorOffsets.length; c++) {
    const from = actorOffsets[c] ?? 0;
    const to = actorOffsets[c + 1] ?? from;
    if (to > from) actorCases++;
    for (let j = from + 1; j < to; j++) {
      const key = (actorRuns[j - 1] ?? 0) * stride + (actorRuns[j] ?? 0);
      let a = acc.get(key);
      if (!a) {
        a = { cases: 0, occurrences: 0, lastCase: -1 };
        acc.set(key, a);
      }
      a.occurrences++;
      if (a.lastCase !== c) {
        a.cases++;
        a.lastCase = c;
      }
    }
  }
  if (stride === 0) return { actorHandovers: [], actorCases };
  const index = new Map(actorIds.map((id, i) => [id, i]));
  const plannedKeys = new Set<number>();
  const out: ActorHandover[] = [];
  for (const [fromActorId, toActorId] of planned) {
    const a = index.get(fromActorId);
    const b = index.get(toActorId);
    // A planned handover between actors no resource is mapped to cannot be seen in the log.
    if (a === undefined || b === undefined || a === b) continue;
    const key = a * stride + b;
    if (plannedKeys.has(key)) continue;
    plannedKeys.add(key);
    const seen = acc.get(key);
    out.push({
      fromActorId,
      toActorId,
      inPlan: true,
      cases: seen?.cases ?? 0,
      occurrences: seen?.occurrences ?? 0,
    });
  }
  const extra = [...acc.entries()]
    .filter(([key]) => !plannedKeys.has(key))
    .sort(([ka, a], [kb, b]) => b.occurrences - a.occurrences || ka - kb)
    .map(([key, a]) => ({
      fromActorId: actorIds[Math.floor(key / stride)] ?? '',
      toActorId: actorIds[key % stride] ?? '',
      inPlan: false,
      cases: a.cases,
      occurrences: a.occurrences,
    }));
  return { actorHandovers: [...out, ...extra], actorCases };
}
