export * from './categories.ts';
export * from './chart.ts';
export * from './headline.ts';
export * from './item.ts';
export * from './measures.ts';
export * from './rates.ts';
export * from './report.ts';
export * from './report-text.ts';
