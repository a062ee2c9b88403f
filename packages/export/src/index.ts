export { scoresToJson, SCORES_SCHEMA } from './json.ts';
export { formatCard, formatOutcomes } from './text.ts';
export { STATUS_MARKS, STATUS_NAMES, SEVERITY_NAMES, where, type Outcome } from './outcome.ts';
