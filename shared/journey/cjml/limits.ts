/** Largest CJML file read, in characters (checked before parsing; also the API's body rule). */
export const CJML_MAX_CHARS = 5_000_000;
/** Journeys in one file: each becomes a journey, all in one transaction. */
export const CJML_MAX_JOURNEYS = 20;
