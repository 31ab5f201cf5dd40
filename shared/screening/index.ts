export * from './identifiers.ts';
export * from './markers.ts';
export * from './screen.ts';
