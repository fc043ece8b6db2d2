/**
 * Turns the text items pdf.js reports for one page into lines and a title. pdf.js gives positioned runs
 * (`str` + a transform whose translation is the baseline origin); lines are formed by baseline (y), ordered
 * top to bottom, and runs within a line left to right (right to left for RTL lines). The title is the first
 * line set in the page's largest font (a title that wraps continues on the directly following lines of that
 * size), or the first line when every line has the same size.
 */

/** The subset of a pdf.js `TextItem` this module reads. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e/f are the origin, hypot(c, d) the font's vertical scale. */
  transform: number[];
  width: number;
  height: number;
  dir?: string;
  hasEOL?: boolean;
}

export interface PageText {
  title: string;
  text: string;
}

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  rtl: boolean;
}

interface Line {
  y: number;
  size: number;
  runs: Run[];
  text: string;
}

const MAX_TITLE_LINES = 3;

function toRun(item: PdfTextItem): Run | undefined {
  if (typeof item.str !== 'string' || !Array.isArray(item.transform) || item.transform.length < 6)
    return undefined;
  const [, , c, d, x, y] = item.transform;
  const size = Math.hypot(c, d) || Math.abs(item.height) || 0;
  // Private-use characters are symbol-font glyphs (bullets, icons) with no meaning as text.
  const str = item.str.replace(/[\uE000-\uF8FF]/g, '');
  return { str, x, y, width: Math.abs(item.width) || 0, size, rtl: item.dir === 'rtl' };
}

function joinRuns(runs: Run[]): string {
  const rtl = runs.filter((run) => run.rtl).length > runs.length / 2;
  const ordered = [...runs].sort((a, b) => (rtl ? b.x - a.x : a.x - b.x));
  let text = '';
  let previous: Run | undefined;
  for (const run of ordered) {
    if (previous && text && !/\s$/.test(text) && !/^\s/.test(run.str)) {
      const gap = rtl ? previous.x - (run.x + run.width) : run.x - (previous.x + previous.width);
      if (gap > Math.max(previous.size, run.size) * 0.15) text += ' ';
    }
    text += run.str;
    previous = run;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Groups runs into lines by baseline, top to bottom. */
function formLines(items: PdfTextItem[]): Line[] {
  const runs = items
    .map(toRun)
    .filter((run): run is Run => !!run && run.str.length > 0)
    .sort((a, b) => b.y - a.y);
  const lines: Line[] = [];
  let current: Run[] = [];
  let baseline = Number.NaN;
  let size = 0;
  const flush = (): void => {
    const text = joinRuns(current);
    if (text) lines.push({ y: baseline, size, runs: current, text });
    current = [];
    size = 0;
  };
  for (const run of runs) {
    const tolerance = Math.max(1, Math.min(size || run.size, run.size || size) * 0.5);
    if (current.length && Math.abs(run.y - baseline) > tolerance) flush();
    if (!current.length) baseline = run.y;
    current.push(run);
    // Whitespace runs carry no font size worth comparing (pdf.js often gives them height 0).
    if (run.str.trim()) size = Math.max(size, run.size);
  }
  if (current.length) flush();
  return lines;
}

const HAS_LETTER = /\p{L}/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Lines, title and body text of one page. Dropped: lines without a letter or digit (bullets drawn on their
 * own baseline, rules, decorations) and a line that is just the page number.
 */
export function pageText(items: PdfTextItem[], pageNumber: number): PageText {
  const lines = formLines(items).filter(
    (line) => HAS_WORD.test(line.text) && line.text !== String(pageNumber)
  );
  if (!lines.length) return { title: '', text: '' };

  const sizes = lines.map((line) => line.size);
  const largest = Math.max(...sizes);
  const uniform = sizes.every((size) => Math.abs(size - largest) <= largest * 0.05);
  const isLargest = (line: Line): boolean => line.size >= largest * 0.95;

  let start = uniform ? 0 : lines.findIndex((line) => isLargest(line) && HAS_LETTER.test(line.text));
  if (start < 0) start = lines.findIndex((line) => HAS_LETTER.test(line.text));
  if (start < 0) start = 0;
  let end = start + 1;
  if (!uniform) {
    while (
      end < lines.length &&
      end - start < MAX_TITLE_LINES &&
      isLargest(lines[end]) &&
      lines[end - 1].y - lines[end].y <= lines[end].size * 2
    ) {
      end++;
    }
  }
  const title = lines
    .slice(start, end)
    .map((line) => line.text)
    .join(' ');
  const text = [...lines.slice(0, start), ...lines.slice(end)].map((line) => line.text).join('\n');
  return { title, text };
}
