/**
 * Reads the text of an uploaded deck: each slide's title, body text and speaker notes from PowerPoint
 * (.pptx, .ppsx, .potx, .pptm — Office Open XML, whichever app wrote it) and each page's text from PDF.
 * The course builder uses it to prefill section titles and descriptions; `npm run deck:inspect` prints it.
 *
 * The module is pure: bytes and a file name in, `DeckText` out, no DOM, no Node, no network. The two
 * third-party libraries it needs are passed in (`DeckLibraries`), because on the platform they come from
 * static resources and in Node from node_modules:
 *
 *   // Lightning (static resources built by scripts/build/static-resources.ts)
 *   import { loadScript } from 'lightning/platformResourceLoader';
 *   import FFLATE from '@salesforce/resourceUrl/fflate';
 *   import PDFJS from '@salesforce/resourceUrl/pdfjs';
 *   await loadScript(this, FFLATE);                          // window.fflate
 *   await loadScript(this, `${PDFJS}/pdf.worker.js`);        // window.pdfjsWorker (main-thread worker)
 *   await loadScript(this, `${PDFJS}/pdf.js`);               // window.pdfjsLib
 *   const deck = await readDeck(bytes, file.name, {
 *     unzip: window.fflate.unzipSync,
 *     pdfjs: window.pdfjsLib,
 *     pdfOptions: { cMapUrl: `${PDFJS}/cmaps/`, cMapPacked: true }
 *   });
 *
 *   // Node: scripts/deck/libraries.ts → loadNodeDeckLibraries()
 *
 * `detectDeckFormat()` tells, from the first bytes, which of the two a file needs, so a caller can load
 * only that library.
 *
 * Decisions:
 * - Bad input is a `DeckError` with a `code` and a message that names the file; nothing is returned half
 *   read (a slide that cannot be parsed fails the whole deck rather than leaving a gap).
 * - Hidden slides are included, in place and flagged `hidden: true`: `index` is then the slide number the
 *   author sees in PowerPoint, and the builder decides whether to keep them.
 * - A legacy PowerPoint 97–2003 file (.ppt) is not an error: it resolves with `textAvailable: false` and a
 *   notice, so the builder can still upload it and rely on Salesforce's previews for the pages.
 * - An encrypted Office file (a compound file holding `EncryptedPackage`) is `password-protected`, as is a
 *   PDF that needs a password to open. PDFs that open without a password but restrict copying are read.
 */
import { CfbError, isCfb, listCfbEntries } from './cfb';
import { type PdfTextItem, pageText } from './pdfText';
import { OpcPackage, PackageError, mainPart, mainPartKind, readSlide, slideParts } from './pptxText';

/** Files above this size are refused before reading (100 MB). */
export const MAX_BYTES = 100 * 1024 * 1024;
/** Decks with more slides/pages than this are refused (a course has at most this many sections). */
export const MAX_PAGES = 500;
/** The uncompressed XML of a .pptx (slides, notes, layouts) may not exceed this (zip-bomb guard, 256 MB). */
export const MAX_XML_BYTES = 256 * 1024 * 1024;

/** File extensions the reader accepts; `.ppt` and its relatives resolve without text (see `textAvailable`). */
export const DECK_EXTENSIONS = [
  '.pptx',
  '.ppsx',
  '.potx',
  '.pptm',
  '.ppsm',
  '.potm',
  '.pdf',
  '.ppt',
  '.pps',
  '.pot'
];

export type DeckErrorCode =
  'unsupported-type' | 'corrupt' | 'password-protected' | 'empty' | 'too-large' | 'too-many-pages';

/** A deck that cannot be read, with a message for the person who uploaded it. */
export class DeckError extends Error {
  readonly code: DeckErrorCode;
  readonly fileName: string;
  /** Technical detail for logs (the underlying parser's message); never shown to users. */
  readonly detail: string | undefined;

  constructor(code: DeckErrorCode, fileName: string, message: string, detail?: string) {
    super(message);
    this.name = 'DeckError';
    this.code = code;
    this.fileName = fileName;
    this.detail = detail;
  }
}

/** True for a `DeckError`, also one that crossed a realm or module boundary. */
export function isDeckError(error: unknown): error is DeckError {
  return (
    error instanceof DeckError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as Error).name === 'DeckError' &&
      typeof (error as DeckError).code === 'string')
  );
}

export interface SlideText {
  /** 1-based position in the deck (hidden slides count). */
  index: number;
  /** '' when the slide has none. */
  title: string;
  /** Body text, one paragraph (or table row) per line; '' when none. */
  text: string;
  /** Speaker notes, one paragraph per line; always '' for PDFs. */
  notes: string;
  /** The slide is hidden in the slide show (PowerPoint only). */
  hidden: boolean;
}

export interface DeckWithText {
  format: 'pptx' | 'pdf';
  textAvailable: true;
  slides: SlideText[];
}

/** A deck the package accepts but whose text cannot be read here (legacy .ppt). */
export interface DeckWithoutText {
  format: 'ppt';
  textAvailable: false;
  slides: [];
  /** Why, in words for the user (names the file). */
  notice: string;
}

export type DeckText = DeckWithText | DeckWithoutText;

// --- Injected libraries -------------------------------------------------------------------------------

/** What fflate's `unzipSync` filter sees of each entry. */
export interface UnzipEntryInfo {
  // fflate's field name; the LWC lint reads `name` in a type as the restricted global.
  // eslint-disable-next-line no-restricted-globals
  name: string;
  size: number;
  originalSize: number;
  compression: number;
}

/** fflate's `unzipSync` (structurally). */
export type UnzipSync = (
  data: Uint8Array,
  options?: { filter?: (entry: UnzipEntryInfo) => boolean }
) => Record<string, Uint8Array>;

/** The parts of pdf.js's API the reader uses (structurally, so any pdf.js 4/5 build fits). */
export interface PdfJsLib {
  getDocument(params: PdfDocumentParams): PdfLoadingTask;
}

export interface PdfDocumentParams {
  data: Uint8Array;
  [option: string]: unknown;
}

export interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}

export interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}

export interface PdfPage {
  getTextContent(params?: Record<string, unknown>): Promise<{ items: unknown[] }>;
  cleanup?(): unknown;
}

export interface DeckLibraries {
  /** fflate's `unzipSync`; needed for PowerPoint files. */
  unzip?: UnzipSync;
  /** The pdf.js module (`pdfjsLib`); needed for PDFs. */
  pdfjs?: PdfJsLib;
  /** Extra `getDocument` parameters for this environment, e.g. `cMapUrl`, `standardFontDataUrl`. */
  pdfOptions?: Record<string, unknown>;
}

export interface ReadDeckOptions {
  /** Default `MAX_BYTES`. */
  maxBytes?: number;
  /** Default `MAX_PAGES`. */
  maxPages?: number;
  /** Default `MAX_XML_BYTES`. */
  maxXmlBytes?: number;
}

// --- Detection ----------------------------------------------------------------------------------------

type Container = 'pdf' | 'zip' | 'cfb' | 'unknown';

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((value, i) => bytes[at + i] === value);
}

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function containerOf(bytes: Uint8Array): Container {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (isCfb(bytes)) return 'cfb';
  // The header may follow a little junk; readers (and pdf.js) look within the first kilobyte.
  const limit = Math.min(bytes.length - PDF_SIGNATURE.length, 1024);
  for (let i = 0; i <= limit; i++) if (startsWith(bytes, PDF_SIGNATURE, i)) return 'pdf';
  return 'unknown';
}

/**
 * The format a file's first bytes announce — `pptx` (a zip package; confirmed only when read), `pdf`, or
 * `ppt` (a compound file: legacy PowerPoint or an encrypted Office file) — or undefined. Lets a caller load
 * just the library the file needs (`unzip` for pptx, `pdfjs` for pdf, none for ppt).
 */
export function detectDeckFormat(data: Uint8Array | ArrayBuffer): 'pptx' | 'pdf' | 'ppt' | undefined {
  const container = containerOf(toBytes(data));
  if (container === 'zip') return 'pptx';
  if (container === 'cfb') return 'ppt';
  return container === 'pdf' ? 'pdf' : undefined;
}

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  // `ArrayBuffer.isView` rather than `instanceof`: the bytes may come from another realm (iframe, Node Buffer).
  return ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot).toLowerCase() : '';
}

function megabytes(bytes: number): string {
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

// --- Messages -----------------------------------------------------------------------------------------

const UPLOAD_HINT = 'Upload a PowerPoint (.pptx) or PDF file.';

function quoted(fileName: string): string {
  return `"${fileName}"`;
}

function unsupported(fileName: string, why?: string): DeckError {
  const message = why ?? `${quoted(fileName)} isn't a presentation that can be read. ${UPLOAD_HINT}`;
  return new DeckError('unsupported-type', fileName, message);
}

function corrupt(fileName: string, kind: string, detail?: string): DeckError {
  return new DeckError(
    'corrupt',
    fileName,
    `${quoted(fileName)} can't be opened: it isn't a valid ${kind} file, or it is damaged or incomplete. ` +
      'Export or download it again and upload the new copy.',
    detail
  );
}

function passwordProtected(fileName: string): DeckError {
  return new DeckError(
    'password-protected',
    fileName,
    `${quoted(fileName)} is password-protected. Save a copy without the password (or without restricted access) and upload that.`
  );
}

function empty(fileName: string, what: string): DeckError {
  return new DeckError('empty', fileName, `${quoted(fileName)} ${what}.`);
}

function tooManyPages(fileName: string, count: number, noun: string, maxPages: number): DeckError {
  return new DeckError(
    'too-many-pages',
    fileName,
    `${quoted(fileName)} has ${count} ${noun}; a course can have at most ${maxPages}. Split the deck and upload the parts.`
  );
}

function detailOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

// --- Reading ------------------------------------------------------------------------------------------

/**
 * Reads a deck's text. Resolves with the slides (or, for a legacy .ppt, `textAvailable: false`); rejects
 * with a `DeckError` for anything a person can fix by uploading another file, and with a plain `Error` when
 * the caller did not supply the library the file needs.
 */
export async function readDeck(
  data: Uint8Array | ArrayBuffer,
  fileName: string,
  libraries: DeckLibraries,
  options: ReadDeckOptions = {}
): Promise<DeckText> {
  const name = fileName || 'The file';
  const bytes = toBytes(data);
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const maxPages = options.maxPages ?? MAX_PAGES;

  if (bytes.length === 0) throw empty(name, 'is empty (0 bytes)');
  if (bytes.length > maxBytes) {
    throw new DeckError(
      'too-large',
      name,
      `${quoted(name)} is ${megabytes(bytes.length)}; files up to ${megabytes(maxBytes)} can be read.`
    );
  }

  const container = containerOf(bytes);
  if (container === 'pdf') return readPdf(bytes, name, libraries, maxPages);
  if (container === 'zip')
    return readPackage(bytes, name, libraries, maxPages, options.maxXmlBytes ?? MAX_XML_BYTES);
  if (container === 'cfb') return readCompoundFile(bytes, name);

  const extension = extensionOf(name);
  if (extension === '.pdf') throw corrupt(name, 'PDF', 'no %PDF- header');
  if (DECK_EXTENSIONS.includes(extension))
    throw corrupt(name, 'PowerPoint', 'neither a zip package nor a compound file');
  throw unsupported(name);
}

// --- PowerPoint (Office Open XML) ---------------------------------------------------------------------

/** Folders whose parts hold no slide text; never inflated. */
const SKIPPED_FOLDERS =
  /^(?:ppt\/(?:media|embeddings|fonts|charts|theme|printerSettings|tags)\/|customXml\/|docProps\/)/i;
/** A single part larger than this is not a slide (zip-bomb guard). */
const MAX_PART_BYTES = 64 * 1024 * 1024;

class XmlBudgetExceeded extends Error {}

function readPackage(
  bytes: Uint8Array,
  name: string,
  libraries: DeckLibraries,
  maxPages: number,
  maxXmlBytes: number
): DeckText {
  if (!libraries.unzip)
    throw new Error('readDeck: reading a PowerPoint file needs libraries.unzip (fflate unzipSync).');
  const names: string[] = [];
  let budget = maxXmlBytes;
  let files: Record<string, Uint8Array>;
  try {
    files = libraries.unzip(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        const wanted =
          /\.(?:xml|rels)$/i.test(entry.name) || entry.name === 'mimetype'
            ? !SKIPPED_FOLDERS.test(entry.name)
            : false;
        if (!wanted) return false;
        budget -= entry.originalSize;
        if (entry.originalSize > MAX_PART_BYTES || budget < 0) throw new XmlBudgetExceeded();
        return true;
      }
    });
  } catch (error) {
    if (error instanceof XmlBudgetExceeded) {
      throw new DeckError(
        'too-large',
        name,
        `${quoted(name)} holds more slide data than can be read here (over ${megabytes(maxXmlBytes)} uncompressed).`
      );
    }
    throw corrupt(name, 'PowerPoint', detailOf(error));
  }

  const extension = extensionOf(name);
  if (names.some((entry) => /^Index\/.*\.iwa$/i.test(entry) || /^index\.apxl$/i.test(entry))) {
    throw unsupported(
      name,
      `${quoted(name)} is a Keynote file. In Keynote, choose File › Export To › PowerPoint (or PDF), then upload the exported file.`
    );
  }
  if (names.includes('mimetype') && names.includes('content.xml')) {
    throw unsupported(
      name,
      `${quoted(name)} is an OpenDocument file. Save it as PowerPoint (.pptx) or export it to PDF, then upload that file.`
    );
  }

  const pkg = new OpcPackage(files);
  let slides: SlideText[];
  try {
    const main = mainPart(pkg);
    if (!main) {
      if (DECK_EXTENSIONS.includes(extension)) throw new PackageError('No presentation part in the package');
      throw unsupported(name);
    }
    const kind = mainPartKind(pkg, main);
    if (kind !== 'presentation') {
      const what =
        kind === 'document'
          ? 'a Word document'
          : kind === 'workbook'
            ? 'an Excel workbook'
            : 'not a presentation';
      throw unsupported(name, `${quoted(name)} is ${what}, not a slide deck. ${UPLOAD_HINT}`);
    }
    const parts = slideParts(pkg, main);
    if (parts.length === 0) throw empty(name, 'has no slides');
    if (parts.length > maxPages) throw tooManyPages(name, parts.length, 'slides', maxPages);
    slides = parts.map((part, i) => ({ index: i + 1, ...readSlide(pkg, part) }));
  } catch (error) {
    if (isDeckError(error)) throw error;
    // XmlError, PackageError, or anything else a malformed part provokes.
    throw corrupt(name, 'PowerPoint', detailOf(error));
  }
  return { format: 'pptx', textAvailable: true, slides };
}

// --- Compound files: encrypted OOXML, legacy .ppt ------------------------------------------------------

function readCompoundFile(bytes: Uint8Array, name: string): DeckText {
  let entries: string[];
  try {
    entries = listCfbEntries(bytes);
  } catch (error) {
    if (error instanceof CfbError) throw corrupt(name, 'PowerPoint', detailOf(error));
    throw error;
  }
  if (entries.includes('EncryptedPackage')) throw passwordProtected(name);
  if (entries.includes('PowerPoint Document')) {
    return {
      format: 'ppt',
      textAvailable: false,
      slides: [],
      notice:
        `${quoted(name)} is a PowerPoint 97–2003 file, so its titles and notes can't be read here. ` +
        'It can still be uploaded; to prefill titles, save it as .pptx and upload that instead.'
    };
  }
  if (entries.includes('WordDocument')) {
    throw unsupported(name, `${quoted(name)} is a Word document, not a slide deck. ${UPLOAD_HINT}`);
  }
  if (entries.includes('Workbook') || entries.includes('Book')) {
    throw unsupported(name, `${quoted(name)} is an Excel workbook, not a slide deck. ${UPLOAD_HINT}`);
  }
  throw unsupported(name);
}

// --- PDF ----------------------------------------------------------------------------------------------

/** Defaults for text extraction: no `eval` (platform CSP, defence in depth), no font loading, errors only. */
const PDF_DEFAULTS: Record<string, unknown> = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  stopAtErrors: false,
  verbosity: 0
};

function pdfOpenError(error: unknown, name: string): DeckError {
  const errorName = (error as Error | null)?.name;
  if (errorName === 'PasswordException') return passwordProtected(name);
  return corrupt(name, 'PDF', detailOf(error));
}

async function readPdf(
  bytes: Uint8Array,
  name: string,
  libraries: DeckLibraries,
  maxPages: number
): Promise<DeckText> {
  const pdfjs = libraries.pdfjs;
  if (!pdfjs) throw new Error('readDeck: reading a PDF needs libraries.pdfjs (pdf.js).');
  // A copy: pdf.js may transfer (detach) the buffer to its worker, and the caller still needs the bytes.
  const task = pdfjs.getDocument({ ...PDF_DEFAULTS, ...libraries.pdfOptions, data: bytes.slice() });
  try {
    let pdf: PdfDocument;
    try {
      pdf = await task.promise;
    } catch (error) {
      throw pdfOpenError(error, name);
    }
    if (!pdf.numPages) throw empty(name, 'has no pages');
    if (pdf.numPages > maxPages) throw tooManyPages(name, pdf.numPages, 'pages', maxPages);
    const slides: SlideText[] = [];
    // One page at a time on purpose: bounded memory and worker load for long decks.
    for (let index = 1; index <= pdf.numPages; index++) {
      try {
        // eslint-disable-next-line no-await-in-loop
        const page = await pdf.getPage(index);
        // eslint-disable-next-line no-await-in-loop
        const content = await page.getTextContent();
        slides.push({ index, ...pageText(content.items as PdfTextItem[], index), notes: '', hidden: false });
        page.cleanup?.();
      } catch (error) {
        throw pdfOpenError(error, name);
      }
    }
    return { format: 'pdf', textAvailable: true, slides };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
