import { describe, expect, it } from 'vitest';
import { cut } from './segmenter.ts';

describe('cut', () => {
  it('keeps domain terms whole through the user dictionary', () => {
    const words = cut('坚持做到“四个一”，定期召开党委议军会，配齐专武干部，过军事日').map((t) => t.text);
    for (const term of ['四个一', '议军会', '专武干部', '军事日']) expect(words.join('|')).toContain(term);
    expect(words).toContain('专武干部');
  });

  it('joins redaction asterisks and digits back into single tokens', () => {
    const words = cut('在**市委领导下，财政列支410万元，提高至****元').map((t) => t.text);
    expect(words).toContain('**');
    expect(words).toContain('410');
    expect(words).toContain('****');
  });

  it('returns offsets that slice back to each token', () => {
    const text = '不足为奇，人手不足的连队';
    const tokens = cut(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('不足为奇');
  });
});
