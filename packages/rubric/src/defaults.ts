/** The rubric used when none is named: a tiny module so that command-line parsing need not load the engine. */
export const DEFAULT_RUBRIC = 'party-armed-forces';
