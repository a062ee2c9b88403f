/**
 * A small rubric for tests: the header every test rubric shares, then the
 * given criteria block (its first `- id:` is on line 8) and anything after.
 */
export const tinyRubric = (criteria: string, extra = '') => `id: tiny
name: 小标准
version: 1
grades:
  - { name: 合格, min: 60 }
  - { name: 不合格, min: 0 }
criteria:
${criteria}${extra}`;
