/**
 * The deck reader's third-party libraries for Node: fflate's `unzipSync` and pdf.js (the legacy build,
 * which is the one pdf.js supports in Node), with pdf.js pointed at its bundled CMaps and standard fonts
 * so PDFs with non-embedded CJK encodings still yield text.
 *
 * pdf.js 5 ships ES modules only. It is loaded with Node's own `require` (require(esm), Node ≥ 20.19)
 * obtained through `process.getBuiltinModule`, which also works inside Jest (whose module registry cannot
 * load ES modules without --experimental-vm-modules); older Node falls back to a dynamic `import()`.
 */
import * as nodeModule from 'node:module';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import type { DeckLibraries, PdfJsLib } from '../../force-app/main/courses/lwc/deckReader/deckReader';

const PDFJS_ENTRY = 'pdfjs-dist/legacy/build/pdf.mjs';

function nodeRequire(): NodeJS.Require {
  // Under Jest, an imported `node:module` is Jest's stand-in, whose require cannot load ES modules.
  const moduleApi = process.getBuiltinModule?.('node:module') ?? nodeModule;
  return moduleApi.createRequire(__filename);
}

let pdfjs: Promise<PdfJsLib> | undefined;

async function loadPdfjs(): Promise<PdfJsLib> {
  const req = nodeRequire();
  try {
    return req(PDFJS_ENTRY) as PdfJsLib;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_REQUIRE_ESM') throw error;
    return (await import(PDFJS_ENTRY)) as PdfJsLib;
  }
}

/** Loads (once) and returns the libraries `readDeck` needs in Node. */
export async function loadNodeDeckLibraries(): Promise<DeckLibraries> {
  pdfjs ??= loadPdfjs();
  const pdfjsRoot = path.dirname(nodeRequire().resolve('pdfjs-dist/package.json'));
  return {
    unzip: unzipSync,
    pdfjs: await pdfjs,
    pdfOptions: {
      cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
      cMapPacked: true,
      standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep
    }
  };
}
