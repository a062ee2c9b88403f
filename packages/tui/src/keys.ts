import type { Key } from 'ink';

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/**
 * Ink hands several characters that arrive in one read (typed fast, sent by
 * tmux, pasted) to useInput as one string, and reads it as no key at all.
 * Outside a text field each is a command key (`jjj` moves three rows, `jj⏎`
 * moves two and opens), so they are replayed one by one, Enter, Tab and
 * Backspace included. A chunk holding an escape sequence (arrow keys) is
 * left to Ink, which parses those.
 */
export function eachKey(input: string, key: Key, typing: () => boolean, handle: (input: string, key: Key) => void): void {
  const chars = [...input];
  if (chars.length < 2 || key.ctrl || key.meta || input.includes('\u001b')) {
    handle(input, key);
    return;
  }
  if (typing()) {
    // In a text field the typed text stays one edit (a paste), but an Enter in the same read still submits it: "评分表.md" and
    // Enter sent at once export; what follows the Enter is read as the keys it is.
    const end = input.search(/[\r\n]/);
    if (end < 0) return handle(input, key);
    if (end > 0) handle(input.slice(0, end), NO_KEY);
    handle('', { ...NO_KEY, return: true });
    const rest = input.slice(end + (input.startsWith('\r\n', end) ? 2 : 1));
    if (rest) eachKey(rest, NO_KEY, typing, handle);
    return;
  }
  for (const ch of chars) {
    if (ch === '\r' || ch === '\n') handle('', { ...NO_KEY, return: true });
    else if (ch === '\t') handle('', { ...NO_KEY, tab: true });
    else if (ch === '\u007f' || ch === '\b') handle('', { ...NO_KEY, backspace: true });
    // eslint-disable-next-line no-control-regex
    else if (!/[\u0000-\u001f]/.test(ch)) handle(ch, { ...NO_KEY, shift: ch !== ch.toLowerCase() });
  }
}
