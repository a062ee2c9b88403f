import type { Progress } from '@shuzhi/batch';
import { truncate, truncateStart, widthOf } from '@shuzhi/tui/width';

const BAR = 24;

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The live line, cut to fit the terminal with room for the ^C it echoes at the
 * cursor: a line that wraps is only half cleared by the next redraw (\x1b[2K
 * clears one row), leaving a stale row behind. The file name gives way first.
 */
export function fitLine(head: string, file: string, columns: number): string {
  const room = Math.max(0, columns - 3);
  const left = room - widthOf(head);
  return left >= 8 ? `${head}${truncateStart(file, Math.min(36, left))}` : truncate(head.trimEnd(), room);
}

/**
 * Progress on stderr: a live bar (done/total, rate, ETA, current file) on a
 * terminal, and a quiet line every tenth of the way otherwise, so logs and
 * CI output stay readable.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { update(p: Progress): void; done(): void; say(message: string): void } {
  const live = Boolean(stream.isTTY) && !process.env.CI;
  let lastDecile = -1;
  let lastDraw = 0;
  return {
    update(p) {
      const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
      if (live) {
        const now = performance.now();
        if (now - lastDraw < 80 && p.done < p.total) return;
        lastDraw = now;
        const filled = p.total ? Math.round((p.done / p.total) * BAR) : BAR;
        const eta = rate > 0 ? ((p.total - p.done) / rate) * 1000 : 0;
        const head = `评分中 ${'█'.repeat(filled)}${'░'.repeat(BAR - filled)} ${p.done}/${p.total}  ${rate.toFixed(1)} 份/秒  剩余 ${clock(eta)}${p.failed ? `  失败 ${p.failed}` : ''}  `;
        stream.write(`\r\x1b[2K${fitLine(head, p.file ?? '', stream.columns || 80)}`);
        return;
      }
      const decile = p.total ? Math.floor((p.done / p.total) * 10) : 10;
      if (decile !== lastDecile || p.done === p.total) {
        lastDecile = decile;
        stream.write(`已处理 ${p.done}/${p.total}${p.failed ? `（失败 ${p.failed}）` : ''}${p.cached ? `，其中 ${p.cached} 份来自缓存` : ''}，用时 ${clock(p.elapsedMs)}\n`);
      }
    },
    done() {
      if (live) stream.write('\r\x1b[2K');
    },
    /**
     * A message on its own line while the bar is drawn: the bar's row (and the
     * ^C the terminal echoed onto it) is cleared first, and the bar goes on below.
     */
    say(message) {
      stream.write(`${live ? '\r\x1b[2K' : '\n'}${message}\n`);
    },
  };
}
