import type { MappedTraces } from './traces.ts';

/**
 * The systematic sample both charts use: every `stride`-th mapped case in log order, with
 * stride = ⌈cases / limit⌉, so at most `limit` cases are drawn and the sample spreads over the
 * whole period. The rule is sent with the data so the page can state it.
 */
export function sampleStride(cases: number, limit: number): number {
  return cases <= limit ? 1 : Math.ceil(cases / limit);
}

/** One planned handover in the performance spectrum: flat [leftAt, arrivedAt, …] pairs (epoch ms). */
export interface SpectrumSegment {
  fromStepId: string;
  toStepId: string;
  lines: number[];
}

/** Performance spectrum data: one line per case and planned handover it took directly. */
export interface Spectrum {
  stride: number;
  totalCases: number;
  minTime: number | null;
  maxTime: number | null;
  /** Wait quartiles (ms) over every drawn line, for the colour classes. */
  quartiles: [number, number, number] | null;
  segments: SpectrumSegment[];
}

/** Default case limits: the spectrum draws far more lines than the dotted chart draws dots. */
export const SPECTRUM_CASE_LIMIT = 20_000;
export const DOTTED_CASE_LIMIT = 2_000;

/**
 * The performance spectrum (Denisov et al., 2018) of the planned handovers: for each case that went
 * directly from step k to step k+1, a line from the time it left step k to the time it reached
 * step k+1. Untimed cases are left out.
 */
export function performanceSpectrum(traces: MappedTraces, limit = SPECTRUM_CASE_LIMIT): Spectrum {
  const n = traces.stepIds.length;
  const segments: SpectrumSegment[] = traces.stepIds.slice(1).map((toStepId, k) => ({
    fromStepId: traces.stepIds[k] ?? '',
    toStepId,
    lines: [],
  }));
  const stride = sampleStride(traces.caseIds.length, limit);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const waits: number[] = [];
  for (let c = 0; c < traces.caseIds.length; c += stride) {
    const to = traces.offsets[c + 1] ?? 0;
    for (let j = (traces.offsets[c] ?? 0) + 1; j < to; j++) {
      const a = traces.steps[j - 1] ?? 0;
      const b = traces.steps[j] ?? 0;
      const left = traces.ends[j - 1] ?? Number.NaN;
      const arrived = traces.starts[j] ?? Number.NaN;
      if (b !== a + 1 || a >= n - 1 || !Number.isFinite(left) || !Number.isFinite(arrived)) continue;
      segments[a]?.lines.push(left, arrived);
      waits.push(arrived - left);
      if (left < min) min = left;
      if (arrived > max) max = arrived;
    }
  }
  waits.sort((x, y) => x - y);
  const q = (p: number) => waits[Math.min(waits.length - 1, Math.floor(p * (waits.length - 1)))] ?? 0;
  return {
    stride,
    totalCases: traces.caseIds.length,
    minTime: waits.length ? min : null,
    maxTime: waits.length ? max : null,
    quartiles: waits.length ? [q(0.25), q(0.5), q(0.75)] : null,
    segments,
  };
}

/** Dotted chart data: sampled cases sorted by their first visit, one dot per step visit. */
export interface DottedChart {
  stride: number;
  totalCases: number;
  stepIds: readonly string[];
  /** Case r owns dots `offsets[r]`…`offsets[r+1]-1`. */
  offsets: number[];
  times: number[];
  steps: number[];
}

/** The dotted chart (cases × calendar time) of the mapped visits; untimed visits are left out. */
export function dottedChart(traces: MappedTraces, limit = DOTTED_CASE_LIMIT): DottedChart {
  const stride = sampleStride(traces.caseIds.length, limit);
  const rows: Array<{ first: number; times: number[]; steps: number[] }> = [];
  for (let c = 0; c < traces.caseIds.length; c += stride) {
    const times: number[] = [];
    const steps: number[] = [];
    for (let j = traces.offsets[c] ?? 0; j < (traces.offsets[c + 1] ?? 0); j++) {
      const t = traces.starts[j] ?? Number.NaN;
      if (!Number.isFinite(t)) continue;
      times.push(t);
      steps.push(traces.steps[j] ?? 0);
    }
    if (times.length) rows.push({ first: times[0] ?? 0, times, steps });
  }
  rows.sort((a, b) => a.first - b.first);
  const offsets = [0];
  const times: number[] = [];
  const steps: number[] = [];
  for (const r of rows) {
    times.push(...r.times);
    steps.push(...r.steps);
    offsets.push(times.length);
  }
  return { stride, totalCases: traces.caseIds.length, stepIds: traces.stepIds, offsets, times, steps };
}
