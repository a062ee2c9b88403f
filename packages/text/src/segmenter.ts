import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface Token {
  text: string;
  start: number;
  end: number;
}

interface Jieba {
  load(options: { userDict?: string }): void;
  cut(text: string, strict?: boolean): string[];
}

const USER_DICT = fileURLToPath(new URL('../dict/user.dict.utf8', import.meta.url));
let jieba: Jieba | undefined;
let loadMs = 0;

/**
 * Loads nodejieba with the domain dictionary, once per process. This blocks
 * for about a second: call it off the first screen (a worker, or after the
 * first render), never at import time.
 */
export function loadSegmenter(): { ms: number } {
  if (!jieba) {
    const started = performance.now();
    const require = createRequire(import.meta.url);
    const lib = require('nodejieba') as Jieba;
    lib.load({ userDict: USER_DICT });
    jieba = lib;
    loadMs = performance.now() - started;
  }
  return { ms: loadMs };
}

export function isSegmenterLoaded(): boolean {
  return jieba !== undefined;
}

/** Runs of these are one token: jieba cuts "**" and "410" into single characters. */
const GLUE = /^[*0-9.%A-Za-z]+$/;

/**
 * Cuts text into words with their offsets. Runs of `*` (redactions), digits
 * and Latin letters that jieba splits apart are joined back into one token.
 */
export function cut(text: string): Token[] {
  loadSegmenter();
  const words = jieba!.cut(text);
  const tokens: Token[] = [];
  let at = 0;
  for (const word of words) {
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue; // jieba never drops or rewrites characters; guard anyway
    const end = start + word.length;
    const last = tokens[tokens.length - 1];
    if (last && last.end === start && GLUE.test(last.text) && GLUE.test(word)) {
      last.text += word;
      last.end = end;
    } else {
      tokens.push({ text: word, start, end });
    }
    at = end;
  }
  return tokens;
}
