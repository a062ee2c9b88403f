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
 * tmux, pasted) to useInput as one string. Outside a text field each is a
 * command key (`jjj` moves three rows), so they are replayed one by one.
 */
export function eachKey(input: string, key: Key, typing: boolean, handle: (input: string, key: Key) => void): void {
  const chars = [...input];
  // eslint-disable-next-line no-control-regex
  if (typing || chars.length < 2 || key.ctrl || key.meta || /[\u0000-\u001f\u007f]/.test(input)) {
    handle(input, key);
    return;
  }
  for (const ch of chars) handle(ch, { ...NO_KEY, shift: ch !== ch.toLowerCase() });
}
