export * from './calendar.ts';
export * from './calendar-date.ts';
export * from './format.ts';
export * from './timestamp.ts';
