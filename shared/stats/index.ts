export * from './compare.ts';
export * from './holm.ts';
export * from './mann-whitney.ts';
export * from './summary.ts';
export * from './suppression.ts';
export * from './verdict.ts';
export * from './welch.ts';
export * from './wilson.ts';
