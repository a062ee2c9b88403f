export { loadRubric, parseRubric, listRubrics, RUBRICS_DIR, type RubricError, type RubricErrorCode } from './load.ts';
export { DEFAULT_RUBRIC } from './defaults.ts';
export { scoreReport, compileRubric, explainReport, NAME_ONLY_REASONS, type Hit, type ScoreOptions, type Trace, type Verdict } from './engine.ts';
export { cuesYaml, DEFAULT_CUES, droppedCues } from './cues.ts';
export { evaluateRubric, readLabels, type Evaluation, type Labels } from './evaluate.ts';
