/**
 * Token replay of one case on the planned journey read as a workflow net: its directly-follows
 * structure is a sequence, so step k has one input place p(k) and one output place p(k+1), the
 * source place p(0) holds the initial token and p(n) is the sink. This is the token-based replay of
 * Rozinat & van der Aalst (2008) that PM4Py's `fitness_token_based_replay` implements; on a sequence
 * net it needs no search (no invisible transitions), so one pass over the case is exact.
 */

/** Token counts of one replay (the four numbers of the fitness formula). */
export interface ReplayCounts {
  produced: number;
  consumed: number;
  missing: number;
  remaining: number;
}

/**
 * Replays the step indexes `visits` (each 0…n-1) of one case. `tokens` is scratch space of length
 * n+1, reused across cases to spare allocations; it is cleared here.
 */
export function replayCase(visits: ArrayLike<number>, n: number, tokens: Int32Array): ReplayCounts {
  tokens.fill(0, 0, n + 1);
  tokens[0] = 1;
  let produced = 1;
  let consumed = 0;
  let missing = 0;
  for (let i = 0; i < visits.length; i++) {
    const k = visits[i] ?? 0;
    if ((tokens[k] ?? 0) === 0) {
      missing++;
    } else {
      tokens[k] = (tokens[k] ?? 0) - 1;
    }
    consumed++;
    tokens[k + 1] = (tokens[k + 1] ?? 0) + 1;
    produced++;
  }
  // The final marking: one token taken from the sink.
  if ((tokens[n] ?? 0) === 0) missing++;
  else tokens[n] = (tokens[n] ?? 0) - 1;
  consumed++;
  let remaining = 0;
  for (let p = 0; p <= n; p++) remaining += tokens[p] ?? 0;
  return { produced, consumed, missing, remaining };
}

/** Fitness = ½(1 − missing/consumed) + ½(1 − remaining/produced), 1 when the case follows the plan. */
export function fitnessOf(c: ReplayCounts): number {
  const m = c.consumed === 0 ? 0 : c.missing / c.consumed;
  const r = c.produced === 0 ? 0 : c.remaining / c.produced;
  return 0.5 * (1 - m) + 0.5 * (1 - r);
}
