/** Where "now" comes from: the system clock in the app, a fixed or moving time in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The lifecycle's dependencies, passed to its routes and its scheduler. */
export interface LifecycleDeps {
  clock: Clock;
}
