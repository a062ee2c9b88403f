import type { Rubric } from './rubric.ts';
import type { RubricRef } from './score.ts';

/** Which rubric a card or a batch was scored with. */
export const rubricRef = (rubric: Rubric): RubricRef => ({ id: rubric.id, name: rubric.name, version: rubric.version, digest: rubric.digest });
