/**
 * What a piece of media becomes in a course, checked in the browser before anything is uploaded: the client-side
 * mirror of CourseMedia.cls and the file rules of CourseBuilderService.cls (same extensions, limits and messages), so
 * bad input is refused early with the words the server would use. The server still checks everything again.
 *
 * Pure functions: no DOM, no network.
 */
import type { MediaType, UploadLimits } from '@salesforce/apex/CourseBuilderController';

/** What kind of file an upload is (CourseMedia.Kind). */
export type FileKind = 'deck' | 'document' | 'picture' | 'movie' | 'htmlPackage' | 'unsupported';

/** Extensions (lower case, no dot) per kind, as CourseMedia.cls lists them. */
export const EXTENSIONS: Readonly<Record<Exclude<FileKind, 'unsupported'>, readonly string[]>> = {
  deck: ['pptx', 'pptm', 'ppt', 'ppsx', 'ppsm', 'pps', 'potx', 'potm', 'pot'],
  document: ['pdf', 'docx', 'docm', 'doc', 'dotx', 'dot', 'rtf'],
  picture: ['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp'],
  movie: ['mp4', 'webm'],
  htmlPackage: ['zip']
};

/** Extensions c/deckReader can read titles and text from (the others are counted by Salesforce's previews). */
export const READABLE_EXTENSIONS: readonly string[] = [
  'pptx',
  'ppsx',
  'potx',
  'pptm',
  'ppsm',
  'potm',
  'pdf',
  'ppt',
  'pps',
  'pot'
];

const MEDIA_TYPES: Record<Exclude<FileKind, 'unsupported'>, MediaType> = {
  deck: 'Slide_Page',
  document: 'Slide_Page',
  picture: 'Image',
  movie: 'Video',
  htmlPackage: 'HTML'
};

/** How each media type is named to people. */
export const MEDIA_LABELS: Readonly<Record<MediaType, string>> = {
  Slide_Page: 'Slide',
  Image: 'Image',
  Video: 'Video',
  HTML: 'Interactive HTML',
  Link: 'Link'
};

const VIDEO_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtu.be',
  'www.youtube-nocookie.com',
  'youtube-nocookie.com',
  'vimeo.com',
  'www.vimeo.com',
  'player.vimeo.com'
]);

export const ACCEPTED_FORMATS_SENTENCE =
  'Add a PowerPoint, PDF or Word file, an image (PNG, JPG, GIF or WebP), a video (MP4 or WebM) or an ' +
  'interactive HTML package (.zip).';

const MB = 1024 * 1024;
const MAX_LINK_LENGTH = 255;
/** An absolute http(s) address without whitespace, backslashes, quotes, angle brackets and the like (CourseMedia). */
const LINK_PATTERN = /^https?:\/\/[^\s\\<>"'`{}|^]+$/i;

/** Limits used until the server's arrive (CourseBuilderService constants). */
export const DEFAULT_LIMITS: UploadLimits = {
  maxFileBytes: 100 * MB,
  maxVideoBytes: 1024 * MB,
  maxPagesPerDeck: 500,
  maxSectionsPerCourse: 500,
  maxFilesPerRequest: 20,
  acceptedExtensions: Object.values(EXTENSIONS).flatMap((list) => list.map((e) => `.${e}`))
};

/** The extension of a file name, lower case without the dot ('' when none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** The kind of a file, from its extension. */
export function kindOf(fileName: string): FileKind {
  const extension = extensionOf(fileName);
  for (const [kind, list] of Object.entries(EXTENSIONS) as [Exclude<FileKind, 'unsupported'>, string[]][]) {
    if (list.includes(extension)) return kind;
  }
  return 'unsupported';
}

/** Decks, PDFs and Word documents become one section per page. */
export function isMultiPage(kind: FileKind): boolean {
  return kind === 'deck' || kind === 'document';
}

/** The media type of the sections a file becomes (undefined for unsupported files). */
export function mediaTypeOf(kind: FileKind): MediaType | undefined {
  return kind === 'unsupported' ? undefined : MEDIA_TYPES[kind];
}

/** True when c/deckReader can read the file's titles (or tell it is a legacy deck). */
export function isReadableDeck(fileName: string): boolean {
  return READABLE_EXTENSIONS.includes(extensionOf(fileName));
}

export function quoted(fileName: string): string {
  return `"${fileName || 'The file'}"`;
}

export function megabytes(bytes: number): string {
  return `${Number((bytes / MB).toFixed(1))} MB`;
}

/** A file size for people: bytes, KB or MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  return megabytes(bytes);
}

/** Why a file of this extension can't be added (CourseMedia.unsupportedMessage). */
export function unsupportedMessage(fileName: string): string {
  const extension = extensionOf(fileName);
  const file = quoted(fileName);
  if (extension === 'svg')
    return `${file} can't be added: SVG images can contain scripts. Export it as PNG and add that.`;
  if (extension === 'html' || extension === 'htm') {
    return `${file} can't be added on its own: put the page and its files in a .zip package and add the package.`;
  }
  if (['mov', 'avi', 'wmv', 'mkv'].includes(extension)) {
    return `${file} can't be added: convert the video to MP4 or WebM first.`;
  }
  const what = extension ? `.${extension} files` : 'files without an extension';
  return `${file} can't be added: ${what} aren't supported. ${ACCEPTED_FORMATS_SENTENCE}`;
}

/** Why a file can't become sections at all (type, size), or undefined (CourseBuilderService.fileProblem). */
export function fileProblem(fileName: string, sizeBytes: number, limits: UploadLimits): string | undefined {
  const kind = kindOf(fileName);
  if (kind === 'unsupported') return unsupportedMessage(fileName);
  if (sizeBytes <= 0) return `${quoted(fileName)} is empty. Check the file and upload it again.`;
  const limit = kind === 'movie' ? limits.maxVideoBytes : limits.maxFileBytes;
  if (sizeBytes > limit) {
    return (
      `${quoted(fileName)} is ${megabytes(sizeBytes)}; ${kind === 'movie' ? 'videos' : 'files'} can be at most ` +
      `${megabytes(limit)}. Make it smaller and upload it again.`
    );
  }
  return undefined;
}

/** Why a deck's page count can't be added, or undefined (CourseBuilderService.pageCountProblem). */
export function pageCountProblem(
  fileName: string,
  pageCount: number,
  limits: UploadLimits
): string | undefined {
  if (!pageCount || pageCount < 1) {
    return (
      `${quoted(fileName)} has no pages. It may be empty, damaged or password-protected: check it and upload a ` +
      'copy with at least one page.'
    );
  }
  if (pageCount > limits.maxPagesPerDeck) {
    return (
      `${quoted(fileName)} has ${pageCount} pages; a deck can have at most ${limits.maxPagesPerDeck}. Split it ` +
      'into smaller decks and add them one by one.'
    );
  }
  return undefined;
}

/** Why adding `added` sections to `existing` ones is too many, or undefined (CourseBuilderService.requireRoom). */
export function roomProblem(existing: number, added: number, limits: UploadLimits): string | undefined {
  if (existing + added <= limits.maxSectionsPerCourse) return undefined;
  return (
    `This would give the course ${existing + added} sections; a course can have at most ` +
    `${limits.maxSectionsPerCourse}. Add fewer pages, or remove sections first.`
  );
}

const startsWith = (bytes: Uint8Array, signature: number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((value, i) => bytes[at + i] === value);
const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/**
 * Whether the first bytes of a picture, video or package are what its extension says (a renamed file would
 * otherwise upload and then fail to show). Decks and documents are checked by c/deckReader or Salesforce.
 */
export function signatureProblem(fileName: string, head: Uint8Array): string | undefined {
  const kind = kindOf(fileName);
  const extension = extensionOf(fileName);
  let ok = true;
  if (kind === 'picture') {
    ok =
      {
        png: startsWith(head, [0x89, 0x50, 0x4e, 0x47]),
        jpg: startsWith(head, [0xff, 0xd8, 0xff]),
        jpeg: startsWith(head, [0xff, 0xd8, 0xff]),
        gif: startsWith(head, ascii('GIF8')),
        webp: startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8),
        bmp: startsWith(head, ascii('BM'))
      }[extension] ?? true;
  } else if (kind === 'movie') {
    ok =
      extension === 'webm' ? startsWith(head, [0x1a, 0x45, 0xdf, 0xa3]) : startsWith(head, ascii('ftyp'), 4);
  } else if (kind === 'htmlPackage') {
    ok = startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]);
  }
  if (ok) return undefined;
  return (
    `${quoted(fileName)} isn't a valid .${extension} file: it may be damaged, or renamed from another ` +
    'format. Export it again and add the new copy.'
  );
}

/** Why an HTML package (its entry names) can't be shown, or undefined: it needs a start page. */
export function htmlPackageProblem(fileName: string, entryNames: string[]): string | undefined {
  if (entryNames.some((name) => /\.html?$/i.test(name) && !name.startsWith('__MACOSX/'))) return undefined;
  return (
    `${quoted(fileName)} has no web page in it. An interactive HTML package is a .zip with its start page ` +
    '(for example index.html) and the files it uses.'
  );
}

export interface LinkCheck {
  /** The address to send (trimmed), when valid. */
  url?: string;
  /** Why not, in the server's words. */
  error?: string;
}

/** The client-side mirror of CourseMedia.validLink: only absolute http(s) addresses without credentials. */
export function checkLink(value: string | null | undefined): LinkCheck {
  const address = (value ?? '').trim();
  if (!address) return { error: 'Enter the web address of the link.' };
  if (address.length > MAX_LINK_LENGTH) {
    return {
      error: `That web address is too long: links can have at most ${MAX_LINK_LENGTH} characters.`
    };
  }
  if (!LINK_PATTERN.test(address)) {
    return {
      error:
        'Links must be web addresses that start with https:// or http://, for example https://www.example.com/page.'
    };
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(address);
  } catch {
    parsed = undefined;
  }
  if (!parsed?.hostname) return { error: `"${address}" isn't a valid web address. Check it and try again.` };
  if (parsed.username || parsed.password) {
    return {
      error: "Links can't contain a user name or password. Remove them from the address and try again."
    };
  }
  return { url: address };
}

/** Video for links to video sites and video files, Link for every other page (CourseMedia.linkMediaType). */
export function linkMediaType(address: string): MediaType {
  let parsed: URL;
  try {
    parsed = new URL(address);
  } catch {
    return 'Link';
  }
  const path = parsed.pathname.toLowerCase();
  const videoFile = EXTENSIONS.movie.some((e) => path.endsWith(`.${e}`));
  return VIDEO_HOSTS.has(parsed.hostname.toLowerCase()) || videoFile ? 'Video' : 'Link';
}

/**
 * An address that is safe in an `href`: an absolute http(s) address, or a path on the org itself ("/sfc/...").
 * Anything else (javascript:, data:, protocol-relative "//host") gives undefined, so no link is drawn.
 */
export function safeHref(address: string | null | undefined): string | undefined {
  if (!address) return undefined;
  if (/^\/(?![/\\])/.test(address)) return address;
  return checkLink(address).url;
}

/**
 * The address to show a link at inside a (sandboxed) frame: the embeddable player for YouTube and Vimeo pages, the
 * address itself otherwise. Only http(s) addresses; anything else gives undefined (nothing is framed).
 */
export function embedUrl(address: string | null | undefined): string | undefined {
  if (!address || !checkLink(address).url) return undefined;
  const parsed = new URL(address);
  const host = parsed.hostname.toLowerCase();
  const id = /^[A-Za-z0-9_-]{6,20}$/;
  if (host === 'youtu.be') {
    const video = parsed.pathname.slice(1);
    if (id.test(video)) return `https://www.youtube-nocookie.com/embed/${video}`;
  }
  if (host === 'youtube.com' || host === 'www.youtube.com' || host === 'm.youtube.com') {
    const video = parsed.searchParams.get('v');
    if (parsed.pathname === '/watch' && video && id.test(video)) {
      return `https://www.youtube-nocookie.com/embed/${video}`;
    }
  }
  if (host === 'vimeo.com' || host === 'www.vimeo.com') {
    const video = parsed.pathname.slice(1);
    if (/^\d{1,12}$/.test(video)) return `https://player.vimeo.com/video/${video}`;
  }
  return parsed.href;
}
