/** Shared helpers for the deck reader tests: libraries, generated decks and PDFs. */
import PptxGenJS from 'pptxgenjs';
import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';
import {
  type DeckLibraries,
  type DeckText,
  readDeck
} from '../../../force-app/main/courses/lwc/deckReader/deckReader';
import type { ReadDeckOptions } from '../../../force-app/main/courses/lwc/deckReader/deckReader';
import { loadNodeDeckLibraries } from '../libraries';

let libraries: Promise<DeckLibraries> | undefined;

export function nodeLibraries(): Promise<DeckLibraries> {
  libraries ??= loadNodeDeckLibraries();
  return libraries;
}

/** Reads with the Node libraries. */
export async function read(bytes: Uint8Array, name: string, options?: ReadDeckOptions): Promise<DeckText> {
  return readDeck(bytes, name, await nodeLibraries(), options);
}

/**
 * Builds a deck with pptxgenjs. In Node, pptxgenjs loads `fs`/`https` with a dynamic `import()` (for image
 * paths and URLs), which Jest cannot run without --experimental-vm-modules; the decks here embed no images,
 * so pptxgenjs is told it is not in Node while it writes.
 */
export async function pptxgen(build: (pptx: PptxGenJS) => void): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  build(pptx);
  const release = Object.getOwnPropertyDescriptor(process, 'release');
  Object.defineProperty(process, 'release', { value: { name: 'browser-like' }, configurable: true });
  try {
    return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  } finally {
    if (release) Object.defineProperty(process, 'release', release);
    else delete (process as { release?: unknown }).release;
  }
}

/** A master with title and body placeholders, as PowerPoint templates have. */
export function defineTitleAndBody(pptx: PptxGenJS): void {
  pptx.defineSlideMaster({
    title: 'TITLE_AND_BODY',
    objects: [
      { placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 1 }, text: '' } },
      { placeholder: { options: { name: 'body', type: 'body', x: 0.5, y: 1.5, w: 9, h: 3.5 }, text: '' } }
    ]
  });
}

export interface PdfLine {
  text: string;
  size: number;
  x?: number;
  y: number;
  bold?: boolean;
}

/** A PDF with one page per entry, each a list of positioned lines in Helvetica. */
export async function pdfWith(
  pages: PdfLine[][],
  options: { save?: { addDefaultPage?: boolean } } = {}
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (const lines of pages) {
    const page = doc.addPage([960, 540]);
    for (const line of lines) {
      page.drawText(line.text, {
        x: line.x ?? 40,
        y: line.y,
        size: line.size,
        font: line.bold ? bold : regular
      });
    }
  }
  return doc.save(options.save);
}

/**
 * A PDF whose trailer names a Standard security handler the empty user password does not open, which is
 * what a reader sees of a password-protected PDF (pdf-lib cannot encrypt; the content itself stays plain).
 */
export async function passwordProtectedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Secret plans');
  const encrypt = doc.context.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    O: PDFHexString.of('0f'.repeat(32)),
    U: PDFHexString.of('1e'.repeat(32)),
    P: -4
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([
    PDFHexString.of('ab'.repeat(16)),
    PDFHexString.of('ab'.repeat(16))
  ]);
  return doc.save({ useObjectStreams: false });
}

/** A minimal PDF written by hand: catalog + page tree with the given page count and no content. */
export function handWrittenPdf(pageCount: number): Uint8Array {
  const kids = Array.from({ length: pageCount }, (_, i) => `${i + 3} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`,
    ...Array.from({ length: pageCount }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>')
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Only the contract keys of each slide, for compact expectations. */
export function contract(deck: DeckText): { index: number; title: string; text: string; notes: string }[] {
  return deck.slides.map(({ index, title, text, notes }) => ({ index, title, text, notes }));
}
