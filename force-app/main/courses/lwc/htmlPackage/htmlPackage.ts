/**
 * Interactive HTML packages (.zip) made playable inline, safely: the package is unpacked in the browser and turned
 * into ONE self-contained HTML document, which c/courseMediaPreview plays in an `<iframe sandbox="allow-scripts">`
 * (never `allow-same-origin`; the document is posted to the player page framed there). The package then runs at an
 * opaque origin: it cannot read the page, the session, cookies or storage of the org.
 *
 * How the document is made (`buildPackageDocument`):
 * - The entry page is `index.html` (or `.htm`) at the root, or in the package's single top folder; else the only web
 *   page, or the shallowest one (alphabetically first among equals) — `findEntryPage`.
 * - The page is parsed with an injected parser (the browser's `DOMParser`, a detached inert document: nothing in it
 *   runs or loads) and its references to package files — `src`, `srcset`, `poster`, `data`, stylesheet `href`, SVG
 *   `href`, `style` attributes and `<style>` text — are rewritten to `data:` URIs. Stylesheets have their own
 *   `url()` and `@import` references rewritten relative to the stylesheet, recursively (depth-limited).
 * - References that leave the zip (`../` above its root), use other schemes than http(s)/data/mailto/tel (e.g.
 *   `javascript:`, `file:`), or name files the package lacks are removed, so the markup requests nothing from the
 *   org's origin. Any `<base>` of the package is dropped (it would redirect every relative reference).
 * - Remote http(s) and protocol-relative addresses (CDN scripts, web fonts) are left as they are: they load from
 *   their own sites, in the opaque sandbox, without the org's cookies.
 * - Links between pages of a package, and ES module imports between its files, are not followed: packages are
 *   single-page (what authoring tools export as index.html + assets).
 *
 * Limits (`HTML_PACKAGE_LIMITS`) keep the browser safe from huge packages and zip bombs: the zip's size, the number
 * of files and their declared unpacked size are checked before anything is inflated, and the document's size after.
 * Problems are `HtmlPackageError`s with a `code` and a message for the viewer.
 *
 * Pure: bytes in, a string out. The unzip function (fflate's `unzipSync`), the HTML parser and the text decoder are
 * injected, so it runs in Lightning, in Jest and in Node alike.
 */
import type { UnzipSync } from 'c/deckReader';

const MB = 1024 * 1024;

export interface HtmlPackageLimits {
  /** The zip as fetched. */
  maxZipBytes: number;
  /** Files in the zip (folders and macOS metadata not counted). */
  maxFiles: number;
  /** The declared unpacked size of all files (zip-bomb guard, checked before inflating). */
  maxUnpackedBytes: number;
  /** The self-contained document handed to the frame (data: URIs make files a third larger). */
  maxDocumentChars: number;
}

export const HTML_PACKAGE_LIMITS: Readonly<HtmlPackageLimits> = {
  maxZipBytes: 50 * MB,
  maxFiles: 2000,
  maxUnpackedBytes: 100 * MB,
  maxDocumentChars: 80 * MB
};

/** How deep stylesheets may import stylesheets. */
const MAX_CSS_DEPTH = 4;

export type HtmlPackageErrorCode = 'corrupt' | 'too-large' | 'too-many-files' | 'no-page';

/** A package that can't be played inline, with a message for the viewer (who can still download it). */
export class HtmlPackageError extends Error {
  readonly code: HtmlPackageErrorCode;

  constructor(code: HtmlPackageErrorCode, message: string) {
    super(message);
    this.name = 'HtmlPackageError';
    this.code = code;
  }
}

export function isHtmlPackageError(error: unknown): error is HtmlPackageError {
  return (
    error instanceof HtmlPackageError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as Error).name === 'HtmlPackageError' &&
      typeof (error as HtmlPackageError).code === 'string')
  );
}

const megabytes = (bytes: number): string => `${Number((bytes / MB).toFixed(1))} MB`;

export function tooLargeError(bytes: number, limit: number): HtmlPackageError {
  return new HtmlPackageError(
    'too-large',
    `This package is ${megabytes(bytes)}; packages up to ${megabytes(limit)} play here. Download it to open it.`
  );
}

// ------------------------------------------------------------------------------------------------ paths

/**
 * A path inside the package, normalised: forward slashes, no empty, `.` or `..` segments, no leading slash.
 * Undefined when it climbs above the package's root (`../` too often).
 */
export function normalizePath(path: string): string | undefined {
  const parts: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (!parts.length) return undefined;
      parts.pop();
      continue;
    }
    parts.push(segment);
  }
  return parts.join('/');
}

const dirnameOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const basenameOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Files no author means: macOS resource forks and metadata, hidden files. */
export function isIgnoredPath(path: string): boolean {
  return path.split('/').some((segment) => segment === '__MACOSX' || segment.startsWith('.'));
}

const isPage = (path: string): boolean => /\.html?$/i.test(path);
const isIndex = (path: string): boolean => /^index\.html?$/i.test(basenameOf(path));

/** The single folder every file of the package is in, or '' (files at the root, or several top folders). */
export function topFolderOf(paths: string[]): string {
  const files = paths.filter((p) => !isIgnoredPath(p));
  if (!files.length || files.some((p) => !p.includes('/'))) return '';
  const tops = new Set(files.map((p) => p.slice(0, p.indexOf('/'))));
  return tops.size === 1 ? [...tops][0]! : '';
}

/**
 * The page a package opens with: index.html at the root or in the single top folder; else the only page; else the
 * shallowest page (alphabetically first among equals). Undefined when there is no page.
 */
export function findEntryPage(paths: string[]): string | undefined {
  const pages = paths.filter((p) => isPage(p) && !isIgnoredPath(p));
  if (!pages.length) return undefined;
  const top = topFolderOf(paths);
  const index =
    pages.find((p) => isIndex(p) && dirnameOf(p) === '') ??
    (top ? pages.find((p) => isIndex(p) && dirnameOf(p) === top) : undefined);
  if (index) return index;
  const depth = (p: string): number => p.split('/').length;
  return [...pages].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0))[0];
}

// ------------------------------------------------------------------------------------------- references

export type Reference =
  /** A file of the package (normalised path; the fragment, if any, kept apart). */
  | { kind: 'package'; path: string; fragment: string }
  /** Left as written: a fragment, a remote or data: address, mail and phone links. */
  | { kind: 'keep' }
  /** Removed: escapes the package, or a scheme a package has no business using. */
  | { kind: 'blocked' };

const KEPT_SCHEMES = new Set(['http', 'https', 'data', 'mailto', 'tel']);

/**
 * What a reference written in `fromFile` points at. `root` is the folder a leading `/` means (the package's top
 * folder, or '' for the zip's root).
 */
export function resolveReference(fromFile: string, reference: string, root = ''): Reference {
  // Browsers strip leading/trailing whitespace and remove tabs and newlines from URLs.
  const value = reference.trim().replace(/[\t\n\r]/g, '');
  if (!value || value.startsWith('#')) return { kind: 'keep' };
  if (value.startsWith('//')) return { kind: 'keep' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  if (scheme) return KEPT_SCHEMES.has(scheme[1]!.toLowerCase()) ? { kind: 'keep' } : { kind: 'blocked' };
  const hash = value.indexOf('#');
  const fragment = hash >= 0 ? value.slice(hash) : '';
  const withoutFragment = hash >= 0 ? value.slice(0, hash) : value;
  const query = withoutFragment.indexOf('?');
  const rawPath = query >= 0 ? withoutFragment.slice(0, query) : withoutFragment;
  if (!rawPath) return { kind: 'keep' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'blocked' };
  }
  if (decoded.includes('\0')) return { kind: 'blocked' };
  const base = /^[/\\]/.test(decoded) ? root : dirnameOf(fromFile);
  const path = normalizePath(base ? `${base}/${decoded}` : decoded);
  return path ? { kind: 'package', path, fragment } : { kind: 'blocked' };
}

// --------------------------------------------------------------------------------------------- MIME types

const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  txt: 'text/plain',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  eot: 'application/vnd.ms-fontobject',
  mp4: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4',
  vtt: 'text/vtt',
  pdf: 'application/pdf',
  wasm: 'application/wasm'
};

/** The MIME type of a package file, from its extension (`application/octet-stream` when unknown). */
export function mimeTypeOf(path: string): string {
  const dot = path.lastIndexOf('.');
  const extension = dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (RFC 4648), without depending on btoa or Buffer. */
export function base64Of(bytes: Uint8Array): string {
  const out: string[] = [];
  let chunk = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    chunk += BASE64[n >> 18]! + BASE64[(n >> 12) & 63]! + BASE64[(n >> 6) & 63]! + BASE64[n & 63]!;
    if (chunk.length >= 8192) {
      out.push(chunk);
      chunk = '';
    }
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    chunk += `${BASE64[n >> 18]!}${BASE64[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    chunk += `${BASE64[n >> 18]!}${BASE64[(n >> 12) & 63]!}${BASE64[(n >> 6) & 63]!}=`;
  }
  out.push(chunk);
  return out.join('');
}

// --------------------------------------------------------------------------------------------- rewriting

/** The package's files by normalised path. */
export type PackageFiles = ReadonlyMap<string, Uint8Array>;

/** What the builder needs from its environment. */
export interface PackageTools {
  /** Parses HTML into a detached, inert document (the browser's `DOMParser`, text/html). */
  parseHtml(html: string): Document;
  /** UTF-8 bytes to text (e.g. fflate's `strFromU8`, or a `TextDecoder`). */
  decodeText(bytes: Uint8Array): string;
  /** UTF-8 text to bytes (e.g. fflate's `strToU8`, or a `TextEncoder`). */
  encodeText(text: string): Uint8Array;
}

/** The self-contained document, and what could not be included. */
export interface PackageDocument {
  /** The entry page's path in the package. */
  entryPath: string;
  /** The document the frame's player writes. */
  html: string;
  /** References to files the package lacks (as resolved paths), each once, in order found. */
  missing: string[];
  /** References removed because they escape the package or use a blocked scheme, each once. */
  blocked: string[];
}

class Rewriter {
  private readonly dataUris = new Map<string, string>();
  private readonly lowerCase = new Map<string, string>();
  readonly missing: string[] = [];
  readonly blocked: string[] = [];

  constructor(
    private readonly files: PackageFiles,
    private readonly tools: PackageTools,
    private readonly root: string
  ) {
    for (const path of files.keys()) {
      if (!this.lowerCase.has(path.toLowerCase())) this.lowerCase.set(path.toLowerCase(), path);
    }
  }

  /** The data: URI a reference should become; `keep` to leave it; undefined to remove it. */
  rewrite(fromFile: string, reference: string, depth = 0): string | 'keep' | undefined {
    const resolved = resolveReference(fromFile, reference, this.root);
    if (resolved.kind === 'keep') return 'keep';
    if (resolved.kind === 'blocked') {
      if (!this.blocked.includes(reference)) this.blocked.push(reference);
      return undefined;
    }
    const path = this.files.has(resolved.path)
      ? resolved.path
      : this.lowerCase.get(resolved.path.toLowerCase());
    if (!path) {
      if (!this.missing.includes(resolved.path)) this.missing.push(resolved.path);
      return undefined;
    }
    return this.dataUriOf(path, depth) + resolved.fragment;
  }

  private dataUriOf(path: string, depth: number): string {
    const cached = this.dataUris.get(path);
    if (cached) return cached;
    const mime = mimeTypeOf(path);
    let bytes = this.files.get(path)!;
    if (mime === 'text/css') {
      const css = depth < MAX_CSS_DEPTH ? this.css(path, this.tools.decodeText(bytes), depth + 1) : '';
      bytes = this.tools.encodeText(css);
    }
    const uri = `data:${mime}${mime.startsWith('text/') ? ';charset=utf-8' : ''};base64,${base64Of(bytes)}`;
    this.dataUris.set(path, uri);
    return uri;
  }

  /** A stylesheet with its url() and @import references rewritten relative to `cssPath`. */
  css(cssPath: string, css: string, depth = 0): string {
    const replace = (whole: string, reference: string, make: (uri: string) => string): string => {
      const uri = this.rewrite(cssPath, reference, depth);
      if (uri === 'keep') return whole;
      return uri === undefined ? make('""') : make(`"${uri}"`);
    };
    return css
      .replace(/@import\s+(?:"([^"]*)"|'([^']*)')/gi, (whole, a?: string, b?: string) =>
        replace(whole, a ?? b ?? '', (uri) => `@import url(${uri})`)
      )
      .replace(
        /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi,
        (whole, a?: string, b?: string, c?: string) =>
          replace(whole, a ?? b ?? c ?? '', (uri) => `url(${uri})`)
      );
  }
}

/** Attributes holding one address, per element (lower-case tag names; SVG elements by local name). */
const URL_ATTRIBUTES: readonly [selector: string, attribute: string][] = [
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['embed[src]', 'src'],
  ['iframe[src]', 'src'],
  ['input[src]', 'src'],
  ['video[poster]', 'poster'],
  ['object[data]', 'data'],
  ['link[href]', 'href'],
  ['image[href]', 'href'],
  ['use[href]', 'href'],
  ['feImage[href]', 'href']
];

function rewriteAttribute(element: Element, attribute: string, fromFile: string, rewriter: Rewriter): void {
  const value = element.getAttribute(attribute);
  if (value === null) return;
  const uri = rewriter.rewrite(fromFile, value);
  if (uri === 'keep') return;
  if (uri === undefined) element.removeAttribute(attribute);
  else element.setAttribute(attribute, uri);
}

function rewriteSrcset(element: Element, fromFile: string, rewriter: Rewriter): void {
  const value = element.getAttribute('srcset');
  if (value === null) return;
  const candidates = value
    // Candidates end at a comma after a descriptor ("1x,", "480w,") or a comma followed by whitespace; a comma
    // inside an address (data: URIs) is neither.
    .split(/(?<=\s[\d.]+[wxh])\s*,|,\s+/)
    .map((candidate) => candidate.trim())
    .filter(Boolean)
    .flatMap((candidate) => {
      const [address = '', ...descriptor] = candidate.split(/\s+/);
      const uri = rewriter.rewrite(fromFile, address);
      if (uri === undefined) return [];
      return [[uri === 'keep' ? address : uri, ...descriptor].join(' ')];
    });
  if (candidates.length) element.setAttribute('srcset', candidates.join(', '));
  else element.removeAttribute('srcset');
}

/**
 * The entry page of `files` as one self-contained document (see the module comment). Throws `HtmlPackageError`
 * ('no-page', 'too-large') when there is no page or the document would be too big.
 */
export function buildPackageDocument(
  files: PackageFiles,
  tools: PackageTools,
  limits: HtmlPackageLimits = HTML_PACKAGE_LIMITS
): PackageDocument {
  const paths = [...files.keys()];
  const entryPath = findEntryPage(paths);
  if (!entryPath) throw noPageError();
  const rewriter = new Rewriter(files, tools, topFolderOf(paths));
  const doc = tools.parseHtml(tools.decodeText(files.get(entryPath)!));

  doc.querySelectorAll('base').forEach((base) => base.remove());
  for (const element of Array.from(doc.querySelectorAll('image, use, feImage'))) {
    rewriteAttribute(element, 'xlink:href', entryPath, rewriter);
  }
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const element of Array.from(doc.querySelectorAll(selector))) {
      rewriteAttribute(element, attribute, entryPath, rewriter);
    }
  }
  for (const element of Array.from(doc.querySelectorAll('img[srcset], source[srcset]'))) {
    rewriteSrcset(element, entryPath, rewriter);
  }
  for (const element of Array.from(doc.querySelectorAll('[style]'))) {
    element.setAttribute('style', rewriter.css(entryPath, element.getAttribute('style') ?? ''));
  }
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    style.textContent = rewriter.css(entryPath, style.textContent ?? '');
  }

  const html = serializeDocument(doc);
  if (html.length > limits.maxDocumentChars) {
    throw new HtmlPackageError(
      'too-large',
      `This package's page with its files is ${megabytes(html.length)}; up to ` +
        `${megabytes(limits.maxDocumentChars)} plays here. Download it to open it.`
    );
  }
  return { entryPath, html, missing: rewriter.missing, blocked: rewriter.blocked };
}

// ------------------------------------------------------------------------------------------- serializing

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr'
]);
/** Elements whose text is written as it is (HTML's raw text elements, and noscript as parsed with scripting). */
const RAW_TEXT_ELEMENTS = new Set([
  'style',
  'script',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
  'noscript'
]);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

const escapeText = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/"/g, '&quot;');

function serializeChildren(parent: Node, out: string[]): void {
  const rawText = parent.nodeType === 1 && RAW_TEXT_ELEMENTS.has((parent as Element).localName);
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    switch (node.nodeType) {
      case 1: {
        const element = node as Element;
        const html = element.namespaceURI === HTML_NAMESPACE;
        const tag = html ? element.localName : element.tagName;
        out.push(`<${tag}`);
        for (const attribute of Array.from(element.attributes)) {
          out.push(` ${attribute.name}="${escapeAttribute(attribute.value)}"`);
        }
        out.push('>');
        if (html && VOID_ELEMENTS.has(tag)) break;
        const content = tag === 'template' ? (element as HTMLTemplateElement).content : undefined;
        serializeChildren(content ?? element, out);
        out.push(`</${tag}>`);
        break;
      }
      case 3:
        out.push(rawText ? (node.nodeValue ?? '') : escapeText(node.nodeValue ?? ''));
        break;
      case 8:
        out.push(`<!--${node.nodeValue ?? ''}-->`);
        break;
      default:
        break;
    }
  }
}

/**
 * A parsed document as HTML text, by the HTML serialization rules (elements, attributes, text, comments; raw text in
 * script and style). Written out here rather than read from `outerHTML`, which components may not touch.
 */
export function serializeDocument(doc: Document): string {
  const out: string[] = [doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '<!DOCTYPE html>\n'];
  serializeChildren(doc, out);
  return out.join('');
}

function noPageError(): HtmlPackageError {
  return new HtmlPackageError(
    'no-page',
    'This package has no web page in it (such as index.html), so there is nothing to show here. Download it to ' +
      'check what it contains.'
  );
}

// ------------------------------------------------------------------------------------------------ unpacking

/**
 * The package's files (normalised paths; folders, macOS metadata, hidden files and entries that escape the root
 * left out), after checking the limits on the zip's directory — before anything is inflated.
 */
export function unpackFiles(
  zip: Uint8Array,
  unzip: UnzipSync,
  limits: HtmlPackageLimits = HTML_PACKAGE_LIMITS
): Map<string, Uint8Array> {
  if (zip.length > limits.maxZipBytes) throw tooLargeError(zip.length, limits.maxZipBytes);
  const wanted = new Set<string>();
  let count = 0;
  let declared = 0;
  const keep = (entryName: string): string | undefined => {
    if (entryName.endsWith('/')) return undefined;
    const path = normalizePath(entryName);
    return path && !isIgnoredPath(path) ? path : undefined;
  };
  try {
    unzip(zip, {
      filter: (entry) => {
        if (keep(entry.name)) {
          wanted.add(entry.name);
          count++;
          declared += Math.max(0, entry.originalSize);
        }
        return false;
      }
    });
  } catch {
    throw corruptError();
  }
  if (count > limits.maxFiles) {
    throw new HtmlPackageError(
      'too-many-files',
      `This package has ${count} files; packages with up to ${limits.maxFiles} files play here. Download it to ` +
        'open it.'
    );
  }
  if (declared > limits.maxUnpackedBytes) {
    throw new HtmlPackageError(
      'too-large',
      `This package unpacks to ${megabytes(declared)}; packages up to ${megabytes(limits.maxUnpackedBytes)} ` +
        'unpacked play here. Download it to open it.'
    );
  }
  if (![...wanted].some((name) => isPage(name))) throw noPageError();
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzip(zip, { filter: (entry) => wanted.has(entry.name) });
  } catch {
    throw corruptError();
  }
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const [entryName, bytes] of Object.entries(entries)) {
    const path = keep(entryName);
    if (!path || files.has(path)) continue;
    total += bytes.length;
    // The directory may understate sizes; what was actually inflated counts too.
    if (total > limits.maxUnpackedBytes) throw tooLargeError(total, limits.maxUnpackedBytes);
    files.set(path, bytes);
  }
  return files;
}

function corruptError(): HtmlPackageError {
  return new HtmlPackageError(
    'corrupt',
    "This package can't be opened: it isn't a valid zip file, or it is damaged. Download it to check it."
  );
}

/** Unpacks a package and builds its self-contained document (`unpackFiles` then `buildPackageDocument`). */
export function packageDocumentOf(
  zip: Uint8Array,
  unzip: UnzipSync,
  tools: PackageTools,
  limits: HtmlPackageLimits = HTML_PACKAGE_LIMITS
): PackageDocument {
  return buildPackageDocument(unpackFiles(zip, unzip, limits), tools, limits);
}
