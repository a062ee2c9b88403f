import { AST, RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import ret, { reconstruct, types, type Root, type Token } from 'ret';

// ret is CommonJS: its export is the tokenizer itself, with `types` and `reconstruct` on it.
const tokenize = ret as unknown as (source: string) => Root;

/**
 * Characters a token sequence can start with: a set of code points, or
 * 'any' when that cannot be told cheaply (a negated class, a range, a
 * reference, an empty start). Conservative: 'any' overlaps everything.
 */
type First = Set<number> | 'any';

function firstOf(stack: Token[]): First {
  const out = new Set<number>();
  for (const token of stack) {
    switch (token.type) {
      case types.CHAR:
        out.add(token.value);
        return out;
      case types.SET: {
        if (token.not) return 'any';
        for (const item of token.set) {
          if (item.type === types.CHAR) out.add(item.value);
          else if (item.type === types.RANGE && item.to - item.from <= 256) for (let c = item.from; c <= item.to; c++) out.add(c);
          else return 'any';
        }
        return out;
      }
      case types.GROUP: {
        // A lookaround matches no character of its own.
        if (token.followedBy || token.notFollowedBy || token.lookBehind) continue;
        const options = token.options ?? (token.stack ? [token.stack] : []);
        for (const option of options) {
          const f = firstOf(option);
          if (f === 'any') return 'any';
          for (const c of f) out.add(c);
        }
        return out;
      }
      case types.REPETITION: {
        const f = firstOf([token.value]);
        if (f === 'any') return 'any';
        for (const c of f) out.add(c);
        if (token.min > 0) return out;
        continue;
      }
      case types.POSITION:
        continue;
      default:
        return 'any';
    }
  }
  return 'any';
}

const overlap = (a: First, b: First) => a === 'any' || b === 'any' || [...a].some((c) => b.has(c));

/**
 * An unbounded repetition of a group whose alternatives can begin with the
 * same character, such as (经|经)+ or (a|ab)*: one text can be split among
 * the alternatives in exponentially many ways, and a failing match tries
 * them all. nestedRepetition checks nesting only. Returns the group's
 * source, or null. Refuses some harmless forms too, like (考核|考评)+, which
 * read as well written 考(核|评).
 */
export function overlappingRepetition(source: string): string | null {
  let root: Root;
  try {
    root = tokenize(source);
  } catch {
    return null;
  }
  let found: string | null = null;
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (found) return;
      if (token.type === types.REPETITION) {
        const inner = token.value;
        if (token.max === Infinity || token.max === null || token.max > 100) {
          if (inner.type === types.GROUP && inner.options && inner.options.length > 1) {
            const firsts = inner.options.map(firstOf);
            if (firsts.some((f, i) => firsts.slice(i + 1).some((g) => overlap(f, g)))) found = reconstruct(inner);
          }
        }
        visit([inner]);
      } else if (token.type === types.GROUP) {
        for (const option of token.options ?? (token.stack ? [token.stack] : [])) visit(option);
      }
    }
  };
  visit(root.stack ?? root.options?.flat() ?? []);
  return found;
}

/**
 * A repetition nested in another so that a failing match can try exponentially many ways to split the text between them:
 * anything repeated more than once inside an unbounded repetition ((a+)+, (a{1,3})*, (ab*)+), or an unbounded one inside a
 * repetition of more than one ((a+){2,9}). An optional part inside an optional or bounded group ((每个?月)?, (一定的?|一段)?,
 * (x{0,3}){0,5}) is tried a bounded number of ways and passes. Returns the outer repetition's source, or null (also for a
 * pattern that does not parse, which compiling reports).
 */
export function nestedRepetition(source: string): string | null {
  let ast;
  try {
    ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return null;
  }
  const open: AST.Quantifier[] = [];
  let found: string | null = null;
  visitRegExpAST(ast, {
    onQuantifierEnter(q) {
      const outer = open.find((o) => (o.max === Infinity && q.max > 1) || (o.max > 1 && q.max === Infinity));
      found ??= outer?.raw ?? null;
      open.push(q);
    },
    onQuantifierLeave() {
      open.pop();
    },
  });
  return found;
}
