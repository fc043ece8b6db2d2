/**
 * Prints the text of a deck as JSON — the same reader (`c/deckReader`) the course builder runs in the
 * browser, here with fflate and pdf.js from node_modules:
 *
 *   npm run deck:inspect -- <file>        (node build/scripts/deck/inspect.js <file>)
 *
 *   {"format": "pptx" | "pdf", "slides": [{"index": 1, "title": "…", "text": "…", "notes": "…"}]}
 *
 * Exit codes: 0 printed; 1 the deck cannot be read (the reason on stderr, naming the file) or bad usage;
 * 2 a legacy .ppt, which the package accepts but whose text cannot be read (the notice on stderr).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  type DeckWithText,
  type ReadDeckOptions,
  isDeckError,
  readDeck
} from '../../force-app/main/courses/lwc/deckReader/deckReader';
import { loadNodeDeckLibraries } from './libraries';

/** The CLI's JSON contract: exactly these keys, in this order. */
export interface DeckJson {
  format: 'pptx' | 'pdf';
  slides: { index: number; title: string; text: string; notes: string }[];
}

export function toDeckJson(deck: DeckWithText): DeckJson {
  return {
    format: deck.format,
    slides: deck.slides.map(({ index, title, text, notes }) => ({ index, title, text, notes }))
  };
}

export interface InspectResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

const USAGE = 'Usage: npm run deck:inspect -- <file.pptx|file.pdf>';

/** Runs the CLI on its arguments without touching the process (for tests). */
export async function inspect(args: string[], options: ReadDeckOptions = {}): Promise<InspectResult> {
  const files = args.filter((arg) => !arg.startsWith('-'));
  if (args.includes('--help') || args.includes('-h'))
    return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
  if (files.length !== 1) return { exitCode: 1, stdout: '', stderr: `${USAGE}\n` };

  const file = files[0];
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : 'cannot be read';
    return { exitCode: 1, stdout: '', stderr: `${file} ${why}.\n` };
  }

  try {
    const deck = await readDeck(bytes, name, await loadNodeDeckLibraries(), options);
    if (!deck.textAvailable) return { exitCode: 2, stdout: '', stderr: `${deck.notice}\n` };
    return { exitCode: 0, stdout: `${JSON.stringify(toDeckJson(deck), null, 2)}\n`, stderr: '' };
  } catch (error) {
    if (isDeckError(error)) return { exitCode: 1, stdout: '', stderr: `${error.message}\n` };
    throw error;
  }
}

if (require.main === module) {
  inspect(process.argv.slice(2)).then(
    (result) => {
      process.stdout.write(result.stdout);
      process.stderr.write(result.stderr);
      process.exitCode = result.exitCode;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    }
  );
}
