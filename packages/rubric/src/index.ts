export { loadRubric, parseRubric, listRubrics, RUBRICS_DIR, DEFAULT_RUBRIC, type RubricError, type RubricErrorCode } from './load.ts';
export { scoreReport, compileRubric, type Hit, type ScoreOptions } from './engine.ts';
export { DEFAULT_CUES } from './cues.ts';
export { evaluateRubric, readLabels, type Evaluation, type Labels } from './evaluate.ts';
