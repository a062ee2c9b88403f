import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Token {
  text: string;
  start: number;
  end: number;
}

interface Jieba {
  load(options: { dict?: string; userDict?: string; idfDict?: string }): void;
  cut(text: string, strict?: boolean): string[];
  DEFAULT_DICT: string;
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
    lib.load({ ...trimmedDictionary(lib.DEFAULT_DICT), userDict: USER_DICT });
    jieba = lib;
    loadMs = performance.now() - started;
  }
  return { ms: loadMs };
}

/** Words rarer than this are left to jieba's HMM; measured: same rubric results, a third of the load time and memory. */
const MIN_FREQUENCY = 10;

/**
 * The default dictionary without its rarest entries (105k of 349k lines), and
 * a one-line IDF file (keyword extraction is not used; cppjieba refuses an
 * empty one), written once to the temp folder, in a folder of this user's
 * own (another user could otherwise plant a dictionary that changes every
 * word boundary). Loading falls from ~1.8 s / 255 MB to ~0.5 s / 80 MB,
 * which every worker thread pays.
 */
function trimmedDictionary(full: string): { dict: string; idfDict: string } {
  let dir = join(tmpdir(), `shuzhi-jieba-${MIN_FREQUENCY}-${process.getuid?.() ?? 'user'}`);
  // Not `{ recursive: true }`: the temp folder exists, and Node's recursive mkdir spins forever under /proc.
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const owner = statSync(dir).uid;
  if (process.getuid && owner !== process.getuid()) dir = mkdtempSync(join(tmpdir(), 'shuzhi-jieba-'));
  const dict = join(dir, 'jieba.dict.utf8');
  const idfDict = join(dir, 'idf.utf8');
  if (!existsSync(dict) || !existsSync(idfDict)) {
    const kept = readFileSync(full, 'utf8')
      .split('\n')
      .filter((line) => Number(line.split(' ')[1]) >= MIN_FREQUENCY);
    // Written under a temporary name and renamed: parallel workers may race here.
    const tmp = `${dict}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(tmp, `${kept.join('\n')}\n`);
    renameSync(tmp, dict);
    if (!existsSync(idfDict)) writeFileSync(idfDict, '党管武装 10.0\n');
  }
  return { dict, idfDict };
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
