/**
 * The course builder's Apex contract (`CourseBuilderController`) over the workbench's sample data. Courses and
 * sections are the dataset's records, changed in place (a session's copy); the rules and messages follow
 * CourseBuilderService.cls.
 *
 * What the workbench cannot have, it imitates:
 * - Files. There is no Salesforce Files store: uploads are registered with `registerUploadedFile`. The workbench's
 *   stand-in for lightning-file-upload (app/platform/fileUpload) posts each file to `workbenchUploadFile` — a
 *   workbench-only export, not an Apex method of the package — which registers it with the page count
 *   Salesforce's previews would find (read with c/deckReader for PowerPoint and PDF). Files whose pages only
 *   Salesforce can count (.ppt, Word) answer `Preparing` to their first `checkFiles`, as while Salesforce prepares
 *   them. Any other well-formed ContentDocument id (069...) is taken for an uploaded 12-page PowerPoint deck,
 *   "Uploaded deck.pptx", so the builder's flows can be tried.
 * - File previews. Pages added in the workbench start Pending; each getPreviews call makes the next
 *   `PAGES_PREPARED_PER_POLL` of them Ready, as Salesforce would while it renders a deck. Pictures are SVG data
 *   URLs drawn here from the section's title (text escaped; no user HTML), never fetched.
 * - Sharing. The running user may change every course that is not archived.
 */
import type getCourseContract from '@salesforce/apex/CourseBuilderController.getCourse';
import type createCourseContract from '@salesforce/apex/CourseBuilderController.createCourse';
import type checkFilesContract from '@salesforce/apex/CourseBuilderController.checkFiles';
import type addFilesContract from '@salesforce/apex/CourseBuilderController.addFiles';
import type addLinkContract from '@salesforce/apex/CourseBuilderController.addLink';
import type saveSectionsContract from '@salesforce/apex/CourseBuilderController.saveSections';
import type removeSectionContract from '@salesforce/apex/CourseBuilderController.removeSection';
import type replaceSectionMediaContract from '@salesforce/apex/CourseBuilderController.replaceSectionMedia';
import type publishCourseContract from '@salesforce/apex/CourseBuilderController.publishCourse';
import type getPreviewsContract from '@salesforce/apex/CourseBuilderController.getPreviews';
import type discardFilesContract from '@salesforce/apex/CourseBuilderController.discardFiles';
import type {
  CourseDetail,
  FileCheck,
  FileUpload,
  MediaType,
  RenditionStatus,
  SectionDetail,
  SectionPreview,
  SlideText,
  UploadLimits
} from '@salesforce/apex/CourseBuilderController';
import { AuraHandledException, type ApexContext, type ApexImplementation } from '../apex-runtime';
import {
  DEFAULT_LIMITS,
  MEDIA_LABELS,
  checkLink,
  extensionOf,
  fileProblem,
  isMultiPage as multiPage,
  kindOf,
  linkMediaType,
  mediaTypeOf,
  pageCountProblem,
  quoted,
  roomProblem
} from '../../../force-app/main/courses/lwc/courseMedia/courseMedia';
import { isDeckError, readDeck } from '../../../force-app/main/courses/lwc/deckReader/deckReader';
import { loadNodeDeckLibraries } from '../../deck/libraries';
import type { SObject, WorkbenchData } from '../data';
import { caseSafeSuffix, fakeId } from '../../sample-data/ids';

// ------------------------------------------------------------------------------------------ limits, messages

const MB = 1024 * 1024;
/** The upload limits (CourseBuilderService constants, as c/courseMedia has them). */
export const LIMITS: UploadLimits = DEFAULT_LIMITS;
/** Pages whose pictures become Ready per getPreviews call (Salesforce rendering a deck). */
export const PAGES_PREPARED_PER_POLL = 20;

const NOT_FOUND = "The course wasn't found, or you don't have access to it.";
const SECTION_NOT_FOUND = "The section wasn't found, or you don't have access to it.";
const ARCHIVED = "This course is archived, so it can't be changed. Set its status back to Draft to edit it.";
const ARCHIVED_PUBLISH =
  "Archived courses can't be published. Set the course back to Draft first if you want to use it again.";
const STALE = 'The sections changed since you opened the course. Reload it and try again.';

function fail(message: string): never {
  throw new AuraHandledException(message);
}

// ------------------------------------------------------------------------------------------------- files

export interface WorkbenchFile {
  contentDocumentId: string;
  contentVersionId: string;
  fileName: string;
  sizeBytes: number;
  /** Pages Salesforce would render (multi-page files); default 12. */
  pageCount?: number;
  ownerId?: string;
  /** Records the file is shared with (ContentDocumentLink). */
  linkedTo: Set<string>;
  /** `checkFiles` calls that still answer Preparing (Salesforce preparing the pages). */
  preparingChecks?: number;
  /** Salesforce cannot render the file's pages (NoPreview). */
  noPreview?: boolean;
  /** The file itself, kept for videos and HTML packages (served at `fileUrl`, for the preview to play). */
  bytes?: Uint8Array;
}

/** Where the org serves a file version (FilePreviewService.fileUrl); the workbench server answers it too. */
export const FILE_DOWNLOAD_PATH = '/sfc/servlet.shepherd/version/download/';

/** Versions whose bytes some session keeps (version ids are unique across sessions). */
const storedVersions = new Set<string>();

/** The download URL of a file uploaded in the workbench whose bytes are kept; undefined for the sample data's files. */
export function fileUrl(contentVersionId: unknown): string | undefined {
  return typeof contentVersionId === 'string' && storedVersions.has(contentVersionId)
    ? FILE_DOWNLOAD_PATH + contentVersionId
    : undefined;
}

/** A stored upload by its ContentVersion id, with its bytes (videos and HTML packages), for the server to send. */
export function storedFileOf(
  data: WorkbenchData,
  contentVersionId: string
): (WorkbenchFile & { bytes: Uint8Array }) | undefined {
  for (const file of filesOf(data).values()) {
    if (file.contentVersionId === contentVersionId && file.bytes) return { ...file, bytes: file.bytes };
  }
  return undefined;
}

const filesBySession = new WeakMap<WorkbenchData, Map<string, WorkbenchFile>>();
let nextVersion = 1;

function filesOf(data: WorkbenchData): Map<string, WorkbenchFile> {
  let files = filesBySession.get(data);
  if (!files) filesBySession.set(data, (files = new Map()));
  return files;
}

function fakeFileId(prefix: '068' | '069'): string {
  let digits = '';
  for (let n = nextVersion++; n > 0; n = Math.floor(n / 62)) {
    digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'.charAt(n % 62) + digits;
  }
  const id15 = `${prefix}Ex000${digits.padStart(7, '0')}`;
  return id15 + caseSafeSuffix(id15);
}

const fakeVersionId = (): string => fakeFileId('068');

/** Registers an upload (what lightning-file-upload would have stored), for the builder's methods to find. */
export function registerUploadedFile(
  data: WorkbenchData,
  file: Omit<WorkbenchFile, 'contentVersionId' | 'linkedTo'> & {
    contentVersionId?: string;
    linkedTo?: string[];
  }
): WorkbenchFile {
  const registered: WorkbenchFile = {
    ...file,
    contentVersionId: file.contentVersionId ?? fakeVersionId(),
    linkedTo: new Set(file.linkedTo ?? [])
  };
  filesOf(data).set(file.contentDocumentId, registered);
  if (registered.bytes) storedVersions.add(registered.contentVersionId);
  return registered;
}

const isDocumentId = (value: unknown): value is string =>
  typeof value === 'string' && /^069[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/.test(value);

/** A registered upload, or the stand-in deck for any other ContentDocument id. */
function fileOf(data: WorkbenchData, contentDocumentId: unknown, userId: string): WorkbenchFile | undefined {
  if (!isDocumentId(contentDocumentId)) return undefined;
  return (
    filesOf(data).get(contentDocumentId) ??
    registerUploadedFile(data, {
      contentDocumentId,
      fileName: 'Uploaded deck.pptx',
      sizeBytes: 2 * MB,
      pageCount: 12,
      ownerId: userId
    })
  );
}

const titleOf = (fileName: string): string => fileName.replace(/\.[^.]*$/, '');

// ---------------------------------------------------------------------------------------- courses, sections

let nextRecord = 900_000;

function newId(data: WorkbenchData, object: 'Course__c' | 'Section__c'): string {
  let id: string;
  do id = fakeId(object, nextRecord++);
  while (data.get(id));
  return id;
}

function courseOf(data: WorkbenchData, courseId: unknown): SObject {
  const found = typeof courseId === 'string' ? data.get(courseId) : undefined;
  if (found?.objectApiName !== 'Course__c') return fail(NOT_FOUND);
  return found.record;
}

function editableCourse(data: WorkbenchData, courseId: unknown): SObject {
  const course = courseOf(data, courseId);
  if (course.Status__c === 'Archived') fail(ARCHIVED);
  return course;
}

function sectionsOf(data: WorkbenchData, courseId: string): SObject[] {
  return data
    .records('Section__c')
    .filter((s) => s.Course__c === courseId)
    .sort((a, b) => Number(a.Order__c) - Number(b.Order__c));
}

function sectionOf(data: WorkbenchData, sectionId: unknown): SObject {
  const found = typeof sectionId === 'string' ? data.get(sectionId) : undefined;
  if (found?.objectApiName !== 'Section__c') return fail(SECTION_NOT_FOUND);
  return found.record;
}

function addSections(data: WorkbenchData, course: SObject, sections: SObject[]): void {
  data.records('Section__c').push(...sections);
  for (const record of sections) data.byId.set(record.Id, { objectApiName: 'Section__c', record });
  course.Slide_Count__c = sectionsOf(data, course.Id).length;
}

function requireRoom(existing: number, added: number): void {
  const problem = roomProblem(existing, added, LIMITS);
  if (problem) fail(problem);
}

const abbreviate = (value: string, max: number): string =>
  value.length > max ? `${value.slice(0, max - 3)}...` : value;
const normalize = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

function newSection(
  course: SObject,
  fields: {
    order: number;
    title: string;
    mediaType: MediaType;
    file?: WorkbenchFile;
    page?: number;
    text?: string;
    notes?: string;
    link?: string;
  },
  id: string
): SObject {
  const pending = fields.mediaType === 'Slide_Page';
  const section: SObject = {
    Id: id,
    Name: abbreviate(fields.title, 80),
    Course__c: course.Id,
    Order__c: fields.order,
    Title__c: fields.title,
    Topic__c: course.Topic__c,
    Media_Type__c: fields.mediaType,
    Rendition_Status__c: pending ? 'Pending' : 'Ready'
  };
  if (fields.text) section.Description__c = fields.text;
  if (fields.notes) section.Speaker_Notes__c = fields.notes;
  if (fields.file) {
    section.Content_Document_Id__c = fields.file.contentDocumentId;
    section.Content_Version_Id__c = fields.file.contentVersionId;
  }
  if (pending && fields.page) section.Page_Number__c = fields.page;
  if (fields.link) section.Link_Url__c = fields.link;
  return section;
}

function sectionDetail(section: SObject, position: number): SectionDetail {
  const text = (field: string): string | undefined =>
    typeof section[field] === 'string' ? (section[field] as string) : undefined;
  return {
    id: section.Id,
    position,
    title: text('Title__c') || text('Name') || '',
    description: text('Description__c'),
    topic: text('Topic__c'),
    notes: text('Speaker_Notes__c'),
    mediaType: section.Media_Type__c as MediaType,
    contentDocumentId: text('Content_Document_Id__c'),
    contentVersionId: text('Content_Version_Id__c'),
    pageNumber: typeof section.Page_Number__c === 'number' ? section.Page_Number__c : undefined,
    linkUrl: text('Link_Url__c'),
    renditionStatus: section.Rendition_Status__c as RenditionStatus | undefined
  };
}

function courseDetail(data: WorkbenchData, course: SObject): CourseDetail {
  const sections = sectionsOf(data, course.Id);
  const text = (field: string): string | undefined =>
    typeof course[field] === 'string' ? (course[field] as string) : undefined;
  return {
    id: course.Id,
    name: String(course.Name),
    description: text('Description__c'),
    topic: text('Topic__c'),
    status: course.Status__c as CourseDetail['status'],
    audienceTier: course.Audience_Tier__c as CourseDetail['audienceTier'],
    sourceFileName: text('Source_File_Name__c'),
    publishedAt: text('Published_At__c'),
    canEdit: course.Status__c !== 'Archived',
    sectionCount: sections.length,
    sections: sections.map((s, i) => sectionDetail(s, i + 1)),
    uploadLimits: { ...LIMITS, acceptedExtensions: [...LIMITS.acceptedExtensions] }
  };
}

// ---------------------------------------------------------------------------------------------------- links

function validLink(value: string | null | undefined): string {
  const { url, error } = checkLink(value);
  return url ?? fail(error ?? 'Enter the web address of the link.');
}

// ------------------------------------------------------------------------------------------------- pictures

const xml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
  );

/** A 720 x 480 picture of a slide: its title and a caption, as an SVG data URL (text escaped, no markup from data). */
export function slidePicture(title: string, caption: string): string {
  const font = "font-family='Salesforce Sans, Arial, sans-serif'";
  const svg =
    "<svg xmlns='http://www.w3.org/2000/svg' width='720' height='480' viewBox='0 0 720 480'>" +
    "<rect width='720' height='480' fill='#f3f3f3'/>" +
    "<rect x='24' y='24' width='672' height='432' rx='8' fill='#ffffff' stroke='#c9c9c9'/>" +
    `<text x='360' y='228' ${font} font-size='30' text-anchor='middle' fill='#181818'>${xml(abbreviate(title, 44))}</text>` +
    `<text x='360' y='276' ${font} font-size='18' text-anchor='middle' fill='#5c5c5c'>${xml(caption)}</text>` +
    '</svg>';
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function sectionPreview(section: SObject): SectionPreview {
  const mediaType = section.Media_Type__c as MediaType;
  const status = (section.Rendition_Status__c as RenditionStatus | undefined) ?? 'Ready';
  const title = String(section.Title__c ?? section.Name ?? '');
  const preview: SectionPreview = { sectionId: section.Id, mediaType, status };
  if (typeof section.Link_Url__c === 'string') preview.linkUrl = section.Link_Url__c;
  const page = typeof section.Page_Number__c === 'number' ? ` ${section.Page_Number__c}` : '';
  if (status === 'Ready' && mediaType !== 'Link')
    preview.imageUrl = slidePicture(title, MEDIA_LABELS[mediaType] + page);
  const url = fileUrl(section.Content_Version_Id__c);
  if (url) preview.mediaUrl = url;
  if (status === 'Pending') preview.message = 'Salesforce is preparing a preview of this page.';
  if (status === 'Unavailable') {
    preview.message = "Salesforce can't show a preview of this page. Viewers can open the file instead.";
  }
  return preview;
}

// ----------------------------------------------------------------------------------------------- the methods

export const getCourse: ApexImplementation<typeof getCourseContract> = ({ courseId }, { data }) =>
  courseDetail(data, courseOf(data, courseId));

export const createCourse: ApexImplementation<typeof createCourseContract> = (
  { name, description, topic },
  { data, userId }
) => {
  const courseName = normalize(name);
  if (!courseName) fail('Give the course a name.');
  if (courseName.length > 80) fail('A course name can have at most 80 characters.');
  if (topic && topic.length > 80) fail('A topic can have at most 80 characters.');
  const course: SObject = {
    Id: newId(data, 'Course__c'),
    Name: courseName,
    Status__c: 'Draft',
    Audience_Tier__c: 'Internal',
    Slide_Count__c: 0,
    OwnerId: userId
  };
  if (description) course.Description__c = description;
  if (topic?.trim()) course.Topic__c = topic.trim();
  data.records('Course__c').push(course);
  data.byId.set(course.Id, { objectApiName: 'Course__c', record: course });
  return courseDetail(data, course);
};

export const checkFiles: ApexImplementation<typeof checkFilesContract> = (
  { contentDocumentIds },
  { data, userId }
) => {
  const ids = [...new Set((contentDocumentIds ?? []).filter(isDocumentId))];
  if (!ids.length) fail('Choose at least one file.');
  if (ids.length > LIMITS.maxFilesPerRequest)
    fail(`Choose at most ${LIMITS.maxFilesPerRequest} files at a time.`);
  return ids.map((id): FileCheck => {
    const file = fileOf(data, id, userId)!;
    const kind = kindOf(file.fileName);
    const check: FileCheck = {
      contentDocumentId: id,
      contentVersionId: file.contentVersionId,
      fileName: file.fileName,
      fileExtension: extensionOf(file.fileName),
      sizeBytes: file.sizeBytes,
      mediaType: mediaTypeOf(kind),
      multiPage: multiPage(kind),
      status: 'Ready'
    };
    const invalid = fileProblem(file.fileName, file.sizeBytes, LIMITS);
    if (invalid) return { ...check, status: 'Invalid', message: invalid };
    if (multiPage(kind) && file.noPreview) {
      return {
        ...check,
        status: 'NoPreview',
        message:
          `Salesforce can't show the pages of ${quoted(file.fileName)} in this org, so its pages can't be counted. ` +
          'It may be damaged or password-protected. Save it as a PDF or PowerPoint (.pptx) file and upload that.'
      };
    }
    if (multiPage(kind) && (file.preparingChecks ?? 0) > 0) {
      file.preparingChecks = (file.preparingChecks ?? 0) - 1;
      return {
        ...check,
        status: 'Preparing',
        message: `Salesforce is preparing the pages of ${quoted(file.fileName)}.`
      };
    }
    const problem = multiPage(kind)
      ? pageCountProblem(file.fileName, file.pageCount ?? 12, LIMITS)
      : undefined;
    if (problem) return { ...check, status: 'Invalid', message: problem };
    if (multiPage(kind)) check.pageCount = file.pageCount ?? 12;
    return check;
  });
};

export const addFiles: ApexImplementation<typeof addFilesContract> = (
  { courseId, files },
  { data, userId }
) => {
  const course = editableCourse(data, courseId);
  const uploads = (files ?? []).filter((f): f is FileUpload => !!f);
  if (!uploads.length) fail('Choose at least one file to add.');
  if (uploads.length > LIMITS.maxFilesPerRequest)
    fail(`Add at most ${LIMITS.maxFilesPerRequest} files at a time.`);

  const problems: string[] = [];
  const existing = sectionsOf(data, course.Id);
  let order = existing.reduce((max, s) => Math.max(max, Number(s.Order__c) || 0), 0) + 1;
  const created: SObject[] = [];
  const seen = new Set<string>();
  const added: WorkbenchFile[] = [];
  for (const upload of uploads) {
    if (!isDocumentId(upload.contentDocumentId)) {
      problems.push("One of the files isn't a Salesforce file. Upload it again.");
      continue;
    }
    if (seen.has(upload.contentDocumentId)) {
      problems.push('The same file was chosen twice. Add each file once.');
      continue;
    }
    seen.add(upload.contentDocumentId);
    const file = fileOf(data, upload.contentDocumentId, userId)!;
    const kind = kindOf(file.fileName);
    const problem = fileProblem(file.fileName, file.sizeBytes, LIMITS);
    if (problem) {
      problems.push(problem);
      continue;
    }
    if (!multiPage(kind)) {
      created.push(
        newSection(
          course,
          {
            order: order++,
            title: titleOf(file.fileName),
            mediaType: mediaTypeOf(kind)!,
            file
          },
          newId(data, 'Section__c')
        )
      );
      added.push(file);
      continue;
    }
    const given: SlideText[] = (upload.slides ?? []).map((s) => s ?? {});
    const pageCount = upload.pageCount ?? (given.length ? given.length : (file.pageCount ?? 12));
    const countProblem = pageCountProblem(file.fileName, pageCount, LIMITS);
    if (countProblem) {
      problems.push(countProblem);
      continue;
    }
    const pages = given.length
      ? given
      : Array.from({ length: pageCount }, (_, i): SlideText => ({ pageNumber: i + 1 }));
    const numbers = pages.map((p, i) => p.pageNumber ?? i + 1);
    if (
      pages.length > pageCount ||
      new Set(numbers).size !== numbers.length ||
      numbers.some((n) => n < 1 || n > pageCount)
    ) {
      problems.push(`The pages of ${quoted(file.fileName)} couldn't be read consistently. Upload it again.`);
      continue;
    }
    pages.forEach((slide, i) => {
      const page = numbers[i]!;
      const title = normalize(slide.title) || `${kind === 'deck' ? 'Slide' : 'Page'} ${page}`;
      created.push(
        newSection(
          course,
          {
            order: order++,
            title: abbreviate(title, 255),
            mediaType: 'Slide_Page',
            file,
            page,
            text: slide.text ?? undefined,
            notes: slide.notes ?? undefined
          },
          newId(data, 'Section__c')
        )
      );
    });
    added.push(file);
  }
  if (problems.length) fail(problems.join(' '));
  requireRoom(existing.length, created.length);

  addSections(data, course, created);
  for (const file of added) file.linkedTo.add(course.Id);
  if (!course.Source_File_Name__c && added[0]) {
    course.Source_File_Name__c = added[0].fileName;
    course.Source_Content_Document_Id__c = added[0].contentDocumentId;
  }
  return courseDetail(data, course);
};

export const addLink: ApexImplementation<typeof addLinkContract> = ({ courseId, url, title }, { data }) => {
  const course = editableCourse(data, courseId);
  const address = validLink(url);
  const linkTitle = normalize(title) || new URL(address).hostname;
  if (linkTitle.length > 255) fail('A title can have at most 255 characters.');
  const existing = sectionsOf(data, course.Id);
  requireRoom(existing.length, 1);
  const order = existing.reduce((max, s) => Math.max(max, Number(s.Order__c) || 0), 0) + 1;
  const section = newSection(
    course,
    { order, title: linkTitle, mediaType: linkMediaType(address), link: address },
    newId(data, 'Section__c')
  );
  addSections(data, course, [section]);
  return courseDetail(data, course);
};

export const saveSections: ApexImplementation<typeof saveSectionsContract> = (
  { courseId, sections },
  { data }
) => {
  const course = editableCourse(data, courseId);
  const existing = new Map(sectionsOf(data, course.Id).map((s) => [s.Id, s]));
  const edits = sections ?? [];
  const seen = new Set<string>();
  for (const edit of edits) {
    if (!edit || !existing.has(edit.id) || seen.has(edit.id)) fail(STALE);
    seen.add(edit.id);
  }
  if (seen.size !== existing.size) fail(STALE);
  const problems: string[] = [];
  edits.forEach((edit, i) => {
    const label = `Section ${i + 1}`;
    const title = normalize(edit.title);
    if (!title) problems.push(`${label} needs a title.`);
    else if (title.length > 255) problems.push(`${label}: a title can have at most 255 characters.`);
    if (edit.topic && edit.topic.trim().length > 80)
      problems.push(`${label}: a topic can have at most 80 characters.`);
  });
  if (problems.length) fail(problems.join(' '));
  edits.forEach((edit, i) => {
    const section = existing.get(edit.id)!;
    const title = normalize(edit.title);
    section.Order__c = i + 1;
    section.Title__c = title;
    section.Name = abbreviate(title, 80);
    const set = (field: string, value: string | null | undefined, trim = false): void => {
      if (value === null || value === undefined) return;
      const next = trim ? value.trim() : value;
      if (next.trim()) section[field] = next;
      else delete section[field];
    };
    set('Description__c', edit.description);
    set('Topic__c', edit.topic, true);
    set('Speaker_Notes__c', edit.notes);
  });
  return courseDetail(data, course);
};

export const removeSection: ApexImplementation<typeof removeSectionContract> = ({ sectionId }, { data }) => {
  const section = sectionOf(data, sectionId);
  const course = editableCourse(data, section.Course__c);
  const remaining = sectionsOf(data, course.Id).filter((s) => s.Id !== section.Id);
  if (!remaining.length && course.Status__c === 'Published') {
    fail(
      'A published course needs at least one section. Add another section first, or set the course back to Draft.'
    );
  }
  const all = data.records('Section__c');
  all.splice(all.indexOf(section), 1);
  data.byId.delete(section.Id);
  remaining.forEach((s, i) => (s.Order__c = i + 1));
  course.Slide_Count__c = remaining.length;
  return courseDetail(data, course);
};

export const replaceSectionMedia: ApexImplementation<typeof replaceSectionMediaContract> = (
  { sectionId, contentDocumentId, pageNumber },
  { data, userId }
) => {
  const section = sectionOf(data, sectionId);
  const course = editableCourse(data, section.Course__c);
  const file = fileOf(data, contentDocumentId, userId);
  if (!file)
    return fail("The file wasn't found, or you don't have access to it. Upload it again and choose it.");
  const kind = kindOf(file.fileName);
  const problem = fileProblem(file.fileName, file.sizeBytes, LIMITS);
  if (problem) fail(problem);
  section.Media_Type__c = mediaTypeOf(kind)!;
  section.Content_Document_Id__c = file.contentDocumentId;
  section.Content_Version_Id__c = file.contentVersionId;
  delete section.Link_Url__c;
  delete section.Page_Number__c;
  section.Rendition_Status__c = 'Ready';
  if (multiPage(kind)) {
    const page = pageNumber ?? 1;
    if (page < 1 || page > LIMITS.maxPagesPerDeck) {
      fail(`Choose a page from 1 to ${LIMITS.maxPagesPerDeck} of ${quoted(file.fileName)}.`);
    }
    section.Page_Number__c = page;
    section.Rendition_Status__c = 'Pending';
  }
  file.linkedTo.add(course.Id);
  return courseDetail(data, course);
};

export const publishCourse: ApexImplementation<typeof publishCourseContract> = (
  { courseId },
  { data, now }
) => {
  const course = courseOf(data, courseId);
  if (course.Status__c === 'Archived') fail(ARCHIVED_PUBLISH);
  const sections = sectionsOf(data, course.Id);
  const problems: string[] = [];
  if (!normalize(String(course.Name ?? ''))) problems.push('Give the course a name before you publish it.');
  if (!sections.length) {
    problems.push('Add at least one section before you publish the course.');
  } else {
    const untitled = sections
      .map((s, i) => (normalize(s.Title__c as string) ? '' : String(i + 1)))
      .filter(Boolean);
    if (untitled.length) {
      problems.push(
        `${untitled.length === 1 ? 'Section' : 'Sections'} ${untitled.join(', ')} need${untitled.length === 1 ? 's' : ''} ` +
          'a title. Give every section a title before you publish the course.'
      );
    }
  }
  if (problems.length) fail(problems.join(' '));
  if (course.Status__c !== 'Published') {
    course.Status__c = 'Published';
    course.Published_At__c = now.toISOString();
  }
  return courseDetail(data, course);
};

export const getPreviews: ApexImplementation<typeof getPreviewsContract> = ({ courseId }, { data }) => {
  const course = courseOf(data, courseId);
  const sections = sectionsOf(data, course.Id);
  // Salesforce renders the pages of a deck a few at a time: the next batch becomes Ready on each poll.
  let prepared = 0;
  for (const section of sections) {
    if (section.Rendition_Status__c === 'Pending' && prepared < PAGES_PREPARED_PER_POLL) {
      section.Rendition_Status__c = 'Ready';
      prepared++;
    }
  }
  const previews = sections.map(sectionPreview);
  const count = (status: RenditionStatus): number => previews.filter((p) => p.status === status).length;
  return {
    courseId: course.Id,
    total: previews.length,
    ready: count('Ready'),
    pending: count('Pending'),
    unavailable: count('Unavailable'),
    complete: count('Pending') === 0,
    sections: previews
  };
};

export const discardFiles: ApexImplementation<typeof discardFilesContract> = (
  { courseId, contentDocumentIds },
  { data, userId }
) => {
  const course = courseOf(data, courseId);
  const files = filesOf(data);
  const shown = new Set(data.records('Section__c').map((s) => s.Content_Document_Id__c));
  let deleted = 0;
  for (const id of new Set(contentDocumentIds ?? [])) {
    const file = files.get(id);
    if (file && file.linkedTo.has(course.Id) && (file.ownerId ?? userId) === userId && !shown.has(id)) {
      files.delete(id);
      deleted++;
    }
  }
  return deleted;
};

// ------------------------------------------------------------------------------------- workbench-only uploads

/** What the stand-in for lightning-file-upload posts for one file. */
export interface WorkbenchUpload {
  /** The record the file is uploaded to (`record-id`). */
  recordId?: string | null;
  fileName?: string | null;
  /** The file's bytes. */
  base64?: string | null;
}

/** What lightning-file-upload reports for one stored file (`uploadfinished` → `detail.files[]`). */
export interface WorkbenchUploadedFile {
  name: string;
  documentId: string;
  contentVersionId: string;
}

/** The pages Salesforce's previews would find: read with c/deckReader where it can, else left to "Salesforce". */
async function previewPagesOf(
  bytes: Uint8Array,
  fileName: string
): Promise<Pick<WorkbenchFile, 'pageCount' | 'preparingChecks' | 'noPreview'>> {
  const kind = kindOf(fileName);
  if (!multiPage(kind)) return {};
  if (!['pptx', 'ppsx', 'potx', 'pptm', 'ppsm', 'potm', 'pdf'].includes(extensionOf(fileName))) {
    return { pageCount: 12, preparingChecks: 1 };
  }
  try {
    const deck = await readDeck(bytes, fileName, await loadNodeDeckLibraries());
    return { pageCount: deck.slides.length || 12, preparingChecks: 0 };
  } catch (error) {
    if (isDeckError(error)) return { noPreview: true };
    throw error;
  }
}

/**
 * Workbench only, not an Apex method of the package: stores one uploaded file as lightning-file-upload would (a
 * ContentDocument owned by the user, shared with `recordId`) and answers what the platform component reports.
 */
export async function workbenchUploadFile(
  params: WorkbenchUpload,
  { data, userId }: ApexContext
): Promise<WorkbenchUploadedFile> {
  const fileName = (params.fileName ?? '').split(/[\\/]/).pop()?.trim() ?? '';
  if (!fileName) fail('The file has no name.');
  const bytes = new Uint8Array(Buffer.from(params.base64 ?? '', 'base64'));
  const recordId =
    typeof params.recordId === 'string' && data.get(params.recordId) ? params.recordId : undefined;
  const file = registerUploadedFile(data, {
    contentDocumentId: fakeFileId('069'),
    fileName,
    sizeBytes: bytes.length,
    ownerId: userId,
    linkedTo: recordId ? [recordId] : [],
    ...(['htmlPackage', 'movie'].includes(kindOf(fileName)) ? { bytes } : {}),
    ...(await previewPagesOf(bytes, fileName))
  });
  return { name: fileName, documentId: file.contentDocumentId, contentVersionId: file.contentVersionId };
}
