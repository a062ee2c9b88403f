/**
 * Columns a character takes: 2 for East Asian wide and full-width forms. A
 * small table instead of string-width (whose import costs ~30 ms, a tenth of
 * the budget for the first frame); only our own text and a file name are
 * measured here (and commander's help, whose columns it lines up).
 */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
export const columnsOf = (s: string): number => {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
};

/**
 * The terminal screen of an interactive command, opened before Ink (and the
 * rubric, parser and segmenter) are loaded: `import 'ink'` alone costs most
 * of a second, so the first frame is written here as plain text within a few
 * milliseconds of start, and q / Esc / Ctrl-C work while the rest loads.
 *
 * The UI runs on the terminal's alternate screen, like less or vim: quitting
 * gives back the shell as it was. Ink takes over with `handOver()`.
 */
export interface Screen {
  /** ms since process start when the first frame was written. */
  readonly firstFrameAt: number;
  /** Wall-clock time (ms since the epoch) of the first frame. */
  readonly firstFrameWallClock: number;
  /** Stops the early key handling and clears the screen for Ink. */
  handOver(): void;
  /** Leaves the alternate screen and restores the cursor (idempotent). */
  close(): void;
}

export interface EarlyFrame {
  /** Left part of the first line. */
  heading: string;
  /** Right part of the first line. */
  badge?: string;
  /** Lines below the heading. */
  lines: string[];
  /** The last line. */
  footer: string;
}

const cut = (s: string, width: number) => {
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = columnsOf(ch);
    if (w + cw > width) break;
    out += ch;
    w += cw;
  }
  return out;
};

export function renderEarlyFrame(frame: EarlyFrame, columns: number, rows: number): string {
  const badge = frame.badge ?? '';
  const left = cut(frame.heading, Math.max(0, columns - columnsOf(badge) - 1));
  const first = left + ' '.repeat(Math.max(1, columns - columnsOf(left) - columnsOf(badge))) + badge;
  const body = frame.lines.slice(0, Math.max(0, rows - 3)).map((l) => cut(l, columns));
  // Absolute positions: the footer sits on the frame's last line (one short of the screen, as Ink draws it).
  return `\x1b[H\x1b[2J\x1b[1m${cut(first, columns)}\x1b[22m\r\n${body.join('\r\n')}\x1b[${Math.max(2, rows - 1)};1H\x1b[2m${cut(frame.footer, columns)}\x1b[22m`;
}

export interface OpenScreenOptions {
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
  frame: EarlyFrame;
  /** q / Esc (0) or Ctrl-C (130) before Ink has taken over. */
  onQuit: (code: number) => void;
}

export function openScreen(options: OpenScreenOptions): Screen {
  const stdout = options.stdout ?? process.stdout;
  const stdin = options.stdin ?? process.stdin;
  const columns = stdout.columns || 80;
  const rows = stdout.rows || 24;
  stdout.write(`\x1b[?1049h\x1b[?25l${renderEarlyFrame(options.frame, columns, rows)}`);
  const firstFrameAt = performance.now();
  const firstFrameWallClock = Date.now();

  let listening = false;
  const onData = (data: Buffer | string) => {
    const s = data.toString();
    if (s.includes('\x03')) options.onQuit(130);
    else if (s === 'q' || s === '\x1b') options.onQuit(0);
  };
  if (stdin.isTTY) {
    stdin.setRawMode(true);
    stdin.on('data', onData);
    listening = true;
  }

  let closed = false;
  const restore = () => {
    if (closed) return;
    closed = true;
    stdout.write('\x1b[?25h\x1b[?1049l');
    if (stdin.isTTY) {
      try {
        stdin.setRawMode(false);
      } catch {
        // The terminal is gone.
      }
    }
  };
  // Whatever happens (an exception, process.exit), the shell gets its screen back.
  process.on('exit', restore);
  // The terminal closed (window or tmux session gone): leave quietly instead of failing on the next write.
  const hangup = () => process.exit(129);
  const writeError = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EIO' || err.code === 'EPIPE') process.exit(129);
    throw err;
  };
  process.once('SIGHUP', hangup);
  stdout.on('error', writeError);

  const stopListening = () => {
    if (!listening) return;
    listening = false;
    // Not paused: Ink reads through a 'readable' listener, which an explicit pause() would keep from firing.
    stdin.off('data', onData);
  };
  return {
    firstFrameAt,
    firstFrameWallClock,
    handOver() {
      stopListening();
      if (!closed) stdout.write('\x1b[H\x1b[2J');
    },
    close() {
      stopListening();
      restore();
      process.off('exit', restore);
      process.off('SIGHUP', hangup);
    },
  };
}

/** Interactive only on a terminal (both ways), outside CI (as Ink judges it), unless turned off. */
export function isInteractive(options: { interactive?: boolean; format?: string } = {}, env: NodeJS.ProcessEnv = process.env): boolean {
  const set = (k: string) => k in env && env[k] !== '0' && env[k] !== 'false';
  const ci = set('CI') || set('CONTINUOUS_INTEGRATION');
  return Boolean(process.stdout.isTTY && process.stdin.isTTY) && !ci && options.interactive !== false && (options.format ?? 'text') !== 'json';
}
