export { loadRubric, parseRubric, listRubrics, RUBRICS_DIR, type RubricError, type RubricErrorCode } from './load.ts';
export { DEFAULT_RUBRIC } from './defaults.ts';
export { scoreReport, compileRubric, type Hit, type ScoreOptions } from './engine.ts';
export { DEFAULT_CUES } from './cues.ts';
export { evaluateRubric, readLabels, type Evaluation, type Labels } from './evaluate.ts';
