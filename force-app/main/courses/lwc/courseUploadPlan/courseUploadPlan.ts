/**
 * The course builder's upload plan: what each chosen file becomes before anything is uploaded, and what to do
 * with each file once `lightning-file-upload` has stored it.
 *
 * 1. `planFile` reads a chosen file in the browser — c/deckReader for decks and PDFs (titles, text, notes, page
 *    count), the first bytes of pictures and videos, the entry list of HTML packages — and checks it against the
 *    server's rules (c/courseMedia). A refused file is never uploaded.
 * 2. `applyPlanLimits` adds the rules that span files: at most `maxFilesPerRequest` files, each name once (uploads
 *    are matched to the plan by name), and room in the course for every section.
 * 3. After the upload, `matchUploads` pairs each stored file (name, ContentDocument id) with its plan entry, and
 *    `decideUpload` turns the pair and the server's `checkFiles` answer into add (with the slide texts read in step
 *    1), wait (Salesforce is still preparing the pages) or refuse (with the message; the caller discards the file).
 *
 * Pure functions over injected readers: no DOM, no network, no static resources.
 */
import type {
  FileCheck,
  FileUpload,
  MediaType,
  SlideText,
  UploadLimits
} from '@salesforce/apex/CourseBuilderController';
import { type DeckText, isDeckError } from 'c/deckReader';
import {
  type FileKind,
  fileProblem,
  htmlPackageProblem,
  isMultiPage,
  isReadableDeck,
  kindOf,
  mediaTypeOf,
  pageCountProblem,
  quoted,
  roomProblem,
  signatureProblem
} from 'c/courseMedia';

/** A file the user chose (a `File`, adapted so the plan can be tested without one). */
export interface FileSource {
  // eslint-disable-next-line no-restricted-globals -- a property, not window.name
  name: string;
  size: number;
  /** The whole file. */
  bytes(): Promise<Uint8Array>;
  /** The first `count` bytes. */
  head(count: number): Promise<Uint8Array>;
}

/** What the plan needs read in the browser; the builder passes c/deckReader and fflate. */
export interface PlanReaders {
  readDeck(bytes: Uint8Array, fileName: string): Promise<DeckText>;
  /** The entry names of a zip; throws when it is not a readable zip. */
  listZip(bytes: Uint8Array): string[];
}

/** A page of a deck as read in the browser (the server's SlideText, plus whether the slide is hidden). */
export interface PlannedSlide extends SlideText {
  pageNumber: number;
  title: string;
  hidden: boolean;
}

export interface PlannedFile {
  /** Unique within a plan. */
  key: string;
  // eslint-disable-next-line no-restricted-globals -- a property, not window.name
  name: string;
  size: number;
  kind: FileKind;
  mediaType?: MediaType;
  // eslint-disable-next-line no-restricted-globals -- a property, not window.status
  status: 'ready' | 'refused';
  /** Why it is refused, or (ready) something the user should know. */
  message?: string;
  /** Pages read in the browser (decks and PDFs). */
  pageCount?: number;
  /** Every page read in the browser, in order; absent when Salesforce counts the pages after the upload. */
  slides?: PlannedSlide[];
}

let sequence = 0;
const nextKey = (): string => `file-${++sequence}`;

/** The pages of a read deck that become sections: hidden slides only when asked (or when every slide is hidden). */
export function slidesToAdd(entry: PlannedFile, includeHidden: boolean): PlannedSlide[] | undefined {
  if (!entry.slides) return undefined;
  const visible = entry.slides.filter((slide) => includeHidden || !slide.hidden);
  return visible.length ? visible : entry.slides;
}

/** How many sections a planned file becomes; undefined when Salesforce will count its pages. */
export function sectionCountOf(entry: PlannedFile, includeHidden: boolean): number | undefined {
  if (entry.status !== 'ready') return 0;
  if (!isMultiPage(entry.kind)) return 1;
  return slidesToAdd(entry, includeHidden)?.length;
}

export function hiddenCountOf(entry: PlannedFile): number {
  return entry.slides?.filter((slide) => slide.hidden).length ?? 0;
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** One line saying what a planned file becomes, e.g. "12 slides: Welcome, Agenda, Numbers …". */
export function describePlannedFile(entry: PlannedFile, includeHidden: boolean): string {
  if (entry.status === 'refused') return entry.message ?? `${quoted(entry.name)} can't be added.`;
  switch (entry.kind) {
    case 'picture':
      return '1 image section';
    case 'movie':
      return '1 video section';
    case 'htmlPackage':
      return '1 interactive HTML section';
    default:
      break;
  }
  const slides = slidesToAdd(entry, includeHidden);
  if (!slides) {
    return entry.message ?? 'One section per page; Salesforce counts the pages after the upload.';
  }
  const noun = entry.kind === 'deck' ? 'slide' : 'page';
  const titles = slides
    .map((slide) => slide.title)
    .filter(Boolean)
    .slice(0, 3);
  const more = slides.filter((slide) => slide.title).length > titles.length ? ' …' : '';
  const hidden = hiddenCountOf(entry);
  const left = !includeHidden && hidden && slides.length < (entry.slides?.length ?? 0);
  const hiddenNote = left ? ` (${plural(hidden, 'hidden slide')} left out)` : '';
  const list = titles.length ? `: ${titles.join(', ')}${more}` : '';
  return `${plural(slides.length, noun)}${hiddenNote}${list}`;
}

function refused(source: FileSource, kind: FileKind, message: string): PlannedFile {
  return { key: nextKey(), name: source.name, size: source.size, kind, status: 'refused', message };
}

/** Reads and checks one chosen file. Never rejects: problems become a refused entry with the message. */
export async function planFile(
  source: FileSource,
  limits: UploadLimits,
  readers: PlanReaders
): Promise<PlannedFile> {
  const kind = kindOf(source.name);
  const problem = fileProblem(source.name, source.size, limits);
  if (problem) return refused(source, kind, problem);
  const entry: PlannedFile = {
    key: nextKey(),
    name: source.name,
    size: source.size,
    kind,
    mediaType: mediaTypeOf(kind),
    status: 'ready'
  };
  try {
    if (isMultiPage(kind)) {
      if (!isReadableDeck(source.name)) {
        entry.message =
          'One section per page; Salesforce counts the pages after the upload (titles start as "Page 1", "Page 2" …).';
        return entry;
      }
      const deck = await readers.readDeck(await source.bytes(), source.name);
      if (!deck.textAvailable) {
        entry.message = `${deck.notice} Salesforce counts its pages after the upload.`;
        return entry;
      }
      const countProblem = pageCountProblem(source.name, deck.slides.length, limits);
      if (countProblem) return refused(source, kind, countProblem);
      entry.pageCount = deck.slides.length;
      entry.slides = deck.slides.map((slide) => ({
        pageNumber: slide.index,
        title: slide.title,
        text: slide.text,
        notes: slide.notes,
        hidden: slide.hidden
      }));
      return entry;
    }
    if (kind === 'htmlPackage') {
      const bytes = await source.bytes();
      const signature = signatureProblem(source.name, bytes.subarray(0, 16));
      if (signature) return refused(source, kind, signature);
      let names: string[];
      try {
        names = readers.listZip(bytes);
      } catch {
        return refused(
          source,
          kind,
          `${quoted(source.name)} can't be opened: it isn't a valid zip file, or it is damaged or incomplete. ` +
            'Export or download it again and add the new copy.'
        );
      }
      const packageProblem = htmlPackageProblem(source.name, names);
      return packageProblem ? refused(source, kind, packageProblem) : entry;
    }
    const signature = signatureProblem(source.name, await source.head(16));
    return signature ? refused(source, kind, signature) : entry;
  } catch (error) {
    if (isDeckError(error)) return refused(source, kind, error.message);
    // The browser could not read it (a missing library, a file that went away): Salesforce still can.
    if (isMultiPage(kind)) {
      entry.message =
        `${quoted(source.name)} couldn't be read here, so its titles start as "Slide 1", "Slide 2" …; ` +
        'Salesforce counts its pages after the upload.';
      return entry;
    }
    return refused(
      source,
      kind,
      `${quoted(source.name)} couldn't be read. Check that the file is still there and choose it again.`
    );
  }
}

/**
 * The rules that span files, applied in order: at most `maxFilesPerRequest` ready files, each file name once, and
 * room in the course (`existingSections` plus every known page). Entries breaking one are refused with the reason.
 */
export function applyPlanLimits(
  plan: PlannedFile[],
  existingSections: number,
  limits: UploadLimits,
  includeHidden: boolean
): PlannedFile[] {
  const names = new Set<string>();
  let ready = 0;
  let sections = existingSections;
  return plan.map((entry) => {
    if (entry.status !== 'ready') return entry;
    const refuse = (message: string): PlannedFile => ({ ...entry, status: 'refused', message });
    const name = entry.name.toLowerCase();
    if (names.has(name)) {
      return refuse(`${quoted(entry.name)} was chosen twice. Add each file once.`);
    }
    if (ready >= limits.maxFilesPerRequest) {
      return refuse(
        `${quoted(entry.name)} was left out: add at most ${limits.maxFilesPerRequest} files at a time.`
      );
    }
    const count = sectionCountOf(entry, includeHidden) ?? 1;
    const room = roomProblem(sections, count, limits);
    if (room) return refuse(room);
    names.add(name);
    ready++;
    sections += count;
    return entry;
  });
}

/** A file `lightning-file-upload` stored (its `uploadfinished` detail). */
export interface UploadedFile {
  // eslint-disable-next-line no-restricted-globals -- a property, not window.name
  name: string;
  documentId: string;
  contentVersionId?: string;
}

export interface UploadMatch {
  upload: UploadedFile;
  /** The plan entry of the same name, when the user chose the file in step 1. */
  entry?: PlannedFile;
}

/**
 * Pairs stored files with plan entries by name (case-insensitive, each entry once). Matched files come in the
 * plan's order — the order the user chose — then the others in upload order.
 */
export function matchUploads(plan: PlannedFile[], uploads: UploadedFile[]): UploadMatch[] {
  const remaining = [...uploads];
  const matched: UploadMatch[] = [];
  for (const entry of plan) {
    const index = remaining.findIndex((upload) => upload.name.toLowerCase() === entry.name.toLowerCase());
    if (index >= 0) matched.push({ upload: remaining.splice(index, 1)[0]!, entry });
  }
  return [...matched, ...remaining.map((upload) => ({ upload }))];
}

interface OutcomeBase {
  documentId: string;
  /** The file's name. */
  // eslint-disable-next-line no-restricted-globals -- a property, not window.name
  name: string;
}

export type UploadOutcome =
  | (OutcomeBase & { action: 'add'; file: FileUpload; sections?: number })
  | (OutcomeBase & { action: 'wait'; message: string })
  | (OutcomeBase & { action: 'refuse'; message: string });

/** What to do with one stored file, given its plan entry (if any) and the server's check of it. */
export function decideUpload(
  match: UploadMatch,
  check: FileCheck | undefined,
  includeHidden: boolean
): UploadOutcome {
  const documentId = match.upload.documentId;
  const name = check?.fileName || match.upload.name;
  if (!check || check.status === 'Invalid') {
    const message =
      check?.message ?? `${quoted(name)} wasn't found, or you don't have access to it. Upload it again.`;
    return { action: 'refuse', documentId, name, message };
  }
  // A different file that happens to have the same name is not the one that was read.
  const entry =
    match.entry &&
    (check.sizeBytes === null || check.sizeBytes === undefined || check.sizeBytes === match.entry.size)
      ? match.entry
      : undefined;
  if (entry?.status === 'refused') {
    return {
      action: 'refuse',
      documentId,
      name,
      message: entry.message ?? `${quoted(name)} can't be added.`
    };
  }
  const slides = entry ? slidesToAdd(entry, includeHidden) : undefined;
  if (entry && slides) {
    return {
      action: 'add',
      documentId,
      name,
      sections: slides.length,
      file: {
        contentDocumentId: documentId,
        pageCount: entry.pageCount ?? slides.length,
        slides: slides.map((slide) => ({
          pageNumber: slide.pageNumber,
          title: slide.title,
          text: slide.text,
          notes: slide.notes
        }))
      }
    };
  }
  if (!check.multiPage) {
    return { action: 'add', documentId, name, sections: 1, file: { contentDocumentId: documentId } };
  }
  if (check.status === 'Preparing') {
    return {
      action: 'wait',
      documentId,
      name,
      message: check.message ?? `Salesforce is preparing the pages of ${quoted(name)}.`
    };
  }
  if (check.status === 'NoPreview') {
    return {
      action: 'refuse',
      documentId,
      name,
      message: check.message ?? `Salesforce can't show the pages of ${quoted(name)} in this org.`
    };
  }
  const file: FileUpload = { contentDocumentId: documentId };
  if (check.pageCount) file.pageCount = check.pageCount;
  return { action: 'add', documentId, name, sections: check.pageCount ?? undefined, file };
}
