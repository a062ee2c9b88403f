/** @jsxRuntime automatic */
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { Box, Text, useStdout } from 'ink';
import type { Status } from '@shuzhi/types';
import type { Store } from './store.ts';
import { truncateLine, widthOf, type Line, type Span, type Style } from './width.ts';

/**
 * Colour on or off. Off under NO_COLOR: then highlights are bracketed 「…」
 * and the selection is marked with ▶, so nothing depends on colour alone.
 */
export interface Theme {
  color: boolean;
}

export const colorFromEnv = (env: NodeJS.ProcessEnv = process.env): boolean => !env.NO_COLOR;

export const ThemeContext = createContext<Theme>({ color: true });
export const useTheme = () => useContext(ThemeContext);

type TextStyle = { color?: string; bold?: boolean; dimColor?: boolean; inverse?: boolean; underline?: boolean };

export function styleProps(style: Style | undefined, theme: Theme): TextStyle {
  if (!style) return {};
  if (!theme.color) {
    // Without colour only weight survives; brackets carry highlights (see markSpans).
    return style === 'hl' || style === 'bold' || style === 'sel' ? { bold: true } : {};
  }
  switch (style) {
    case 'hl':
      return { bold: true, inverse: true };
    case 'bold':
      return { bold: true };
    case 'dim':
      return { dimColor: true };
    case 'met':
      return { color: 'green' };
    case 'partial':
      return { color: 'yellow' };
    case 'missing':
    case 'error':
      return { color: 'red' };
    case 'warning':
      return { color: 'yellow' };
    case 'info':
      return { color: 'blue' };
    case 'accent':
      return { color: 'cyan', bold: true };
    case 'sel':
      return { inverse: true };
  }
}

/** One line of styled spans, cut to the width it is given. */
export function LineView({ line, width }: { line: Line; width?: number }) {
  const theme = useTheme();
  const spans = width === undefined ? line : truncateLine(line, width);
  return (
    <Text wrap="truncate-end">
      {spans.length === 0 ? ' ' : spans.map((s, i) => (
        <Text key={i} {...styleProps(s.style, theme)}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}

export function Lines({ lines, width, height }: { lines: Line[]; width: number; height?: number }) {
  const shown = height === undefined ? lines : lines.slice(0, height);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {shown.map((l, i) => (
        <LineView key={i} line={l} width={width} />
      ))}
    </Box>
  );
}

/**
 * A bordered pane with its title in the top border: `╭─ 评分项 ───╮`.
 * The focused pane's title is marked ▸ (and coloured when colour is on).
 */
export function Panel({ title, width, height, focused, children }: { title: string; width: number; height: number; focused?: boolean; children?: React.ReactNode }) {
  const theme = useTheme();
  const label = ` ${focused ? '▸' : ''}${title} `;
  let shown = label;
  if (widthOf(shown) > width - 4) shown = truncateLine([{ text: label }], width - 4)[0]?.text ?? '';
  const fill = Math.max(0, width - 3 - widthOf(shown));
  const borderColor = focused && theme.color ? 'cyan' : undefined;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end" color={borderColor}>
        {'╭─'}
        <Text bold={focused}>{shown}</Text>
        {`${'─'.repeat(fill)}╮`}
      </Text>
      <Box borderStyle="round" borderTop={false} borderColor={borderColor} width={width} height={height - 1} flexDirection="column" overflow="hidden">
        {children}
      </Box>
    </Box>
  );
}

export const STATUS_STYLE: Record<Status, Style> = { met: 'met', partial: 'partial', missing: 'missing' };

/**
 * Marks highlighted ranges of `text` (offsets relative to `text`). With
 * colour they are bold/inverse; without, they are also bracketed 「…」.
 */
export function markSpans(text: string, ranges: { start: number; end: number }[], theme: Theme, base?: Style): Span[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: Span[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), style: base });
    const word = text.slice(r.start, r.end);
    out.push({ text: theme.color ? word : `「${word}」`, style: 'hl' });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), style: base });
  return out;
}

export interface Size {
  columns: number;
  rows: number;
}

/** The terminal's size, following resizes; `fixed` wins (tests, captures). */
export function useTerminalSize(fixed?: Partial<Size>): Size {
  const { stdout } = useStdout();
  const read = () => ({ columns: fixed?.columns ?? (stdout.columns || 80), rows: fixed?.rows ?? (stdout.rows || 24) });
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed?.columns && fixed?.rows) return;
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout, fixed?.columns, fixed?.rows]);
  return size;
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
