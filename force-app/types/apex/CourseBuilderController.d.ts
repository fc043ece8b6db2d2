/**
 * Contract of the Apex class `CourseBuilderController` (force-app/main/courses/classes): the course builder's
 * server side. Parameter names are the Apex parameter names (components pass parameters by name); result shapes are
 * the `CourseBuilderDto` inner classes. Apex leaves null properties out of a result, so every property that can be
 * null is optional here. Ids are 18-character strings.
 *
 * Implemented in the org by CourseBuilderController.cls and in the workbench by
 * scripts/workbench/apex/CourseBuilderController.ts.
 */
/// <reference path="./apex-method.d.ts" />
declare module '@salesforce/apex/CourseBuilderController' {
  /** `Section__c.Media_Type__c`. */
  export type MediaType = 'Slide_Page' | 'Image' | 'Video' | 'HTML' | 'Link';
  /** `Section__c.Rendition_Status__c`: whether the section's picture is ready. */
  export type RenditionStatus = 'Pending' | 'Ready' | 'Unavailable';
  /** `Course__c.Status__c`. */
  export type CourseStatus = 'Draft' | 'Published' | 'Archived';
  /**
   * What the server knows of an uploaded file before it is added: Ready (can be added), Preparing (Salesforce is
   * still preparing its pages: ask again), NoPreview (Salesforce cannot show its pages: add it only with a page
   * count read in the browser), Invalid (cannot be added; see `message`).
   */
  export type FileStatus = 'Ready' | 'Preparing' | 'NoPreview' | 'Invalid';

  /** CourseBuilderDto.CourseDetail: a course as the builder shows it. */
  export interface CourseDetail {
    id: string;
    name: string;
    description?: string | null;
    topic?: string | null;
    status: CourseStatus;
    audienceTier?: 'Internal' | 'Customer' | null;
    sourceFileName?: string | null;
    /** ISO date-time. */
    publishedAt?: string | null;
    /** The user may change the course (edit access, not archived). When false, show it read-only. */
    canEdit: boolean;
    sectionCount: number;
    /** In presentation order. */
    sections: SectionDetail[];
    uploadLimits: UploadLimits;
  }

  /** CourseBuilderDto.SectionDetail: one slide or piece of media. */
  export interface SectionDetail {
    id: string;
    /** 1-based position in the course. */
    position: number;
    title: string;
    description?: string | null;
    topic?: string | null;
    /** Speaker notes (presenters only). */
    notes?: string | null;
    mediaType: MediaType;
    contentDocumentId?: string | null;
    contentVersionId?: string | null;
    /** Slide_Page: the page of the file, from 1. */
    pageNumber?: number | null;
    /** Links and video links, as typed. Never render as HTML: a sandboxed iframe or a new tab only. */
    linkUrl?: string | null;
    renditionStatus?: RenditionStatus | null;
  }

  /** CourseBuilderDto.UploadLimits: refuse early what the server would refuse. */
  export interface UploadLimits {
    maxFileBytes: number;
    maxVideoBytes: number;
    maxPagesPerDeck: number;
    maxSectionsPerCourse: number;
    maxFilesPerRequest: number;
    /** With the dot (".pptx"): for lightning-file-upload's `accept`. */
    acceptedExtensions: string[];
  }

  /** CourseBuilderDto.FileCheck: one uploaded file, before it is added. */
  export interface FileCheck {
    contentDocumentId: string;
    contentVersionId?: string | null;
    fileName?: string | null;
    fileExtension?: string | null;
    sizeBytes?: number | null;
    /** The media type its sections get; absent when unsupported. */
    mediaType?: MediaType | null;
    /** One section per page (decks, PDFs, Word documents). */
    multiPage: boolean;
    status: FileStatus;
    /** Pages, when Salesforce's previews know them. */
    pageCount?: number | null;
    message?: string | null;
  }

  /** CourseBuilderDto.PreviewProgress: preview readiness of a course's sections. */
  export interface PreviewProgress {
    courseId: string;
    total: number;
    ready: number;
    pending: number;
    unavailable: number;
    /** Nothing is pending any more: stop polling. */
    complete: boolean;
    /** In presentation order. */
    sections: SectionPreview[];
  }

  /** CourseBuilderDto.SectionPreview: how to show one section. */
  export interface SectionPreview {
    sectionId: string;
    mediaType: MediaType;
    status: RenditionStatus;
    /** A picture of the page (Slide_Page, when Ready) or the image itself (Image). For an <img> only. */
    imageUrl?: string | null;
    /** The file itself (download, video source, HTML package). */
    mediaUrl?: string | null;
    /** Links and video links: only for a sandboxed iframe or a new tab. */
    linkUrl?: string | null;
    /** For Pending and Unavailable: what to show instead of the picture. */
    message?: string | null;
  }

  /** CourseBuilderDto.FileUpload: one uploaded file to add. */
  export interface FileUpload {
    /** The ContentDocument id (069...) lightning-file-upload reports as `documentId`. */
    contentDocumentId: string;
    /** Pages of a multi-page file, when c/deckReader could count them. */
    pageCount?: number | null;
    /**
     * Text read by c/deckReader, one entry per section to create, in order. When given, only these pages become
     * sections (e.g. without hidden slides); when absent or empty, every page does.
     */
    slides?: SlideText[] | null;
  }

  /** CourseBuilderDto.SlideText: the text of one page, read in the browser. */
  export interface SlideText {
    /** The page of the file this entry is, from 1 (default: its position in `slides`). */
    pageNumber?: number | null;
    title?: string | null;
    text?: string | null;
    notes?: string | null;
  }

  /**
   * CourseBuilderDto.SectionEdit: one section as the builder saves it; the list's order is the new order. Null or
   * absent description, topic or notes leave the value unchanged; an empty string clears it.
   */
  export interface SectionEdit {
    id: string;
    title: string;
    description?: string | null;
    topic?: string | null;
    notes?: string | null;
  }
}

declare module '@salesforce/apex/CourseBuilderController.getCourse' {
  import type { CourseDetail } from '@salesforce/apex/CourseBuilderController';
  /** The course and its sections in order, whether the user may change it, and the upload limits. */
  const getCourse: ApexMethod<{ courseId: string }, CourseDetail>;
  export default getCourse;
}

declare module '@salesforce/apex/CourseBuilderController.createCourse' {
  import type { CourseDetail } from '@salesforce/apex/CourseBuilderController';
  /** A new Draft course owned by the user. */
  const createCourse: ApexMethod<
    {
      name: string;
      description?: string | null;
      topic?: string | null;
    },
    CourseDetail
  >;
  export default createCourse;
}

declare module '@salesforce/apex/CourseBuilderController.checkFiles' {
  import type { FileCheck } from '@salesforce/apex/CourseBuilderController';
  /** Whether uploaded files can be added; poll while one is Preparing. One entry per distinct id, in order. */
  const checkFiles: ApexMethod<{ contentDocumentIds: string[] }, FileCheck[]>;
  export default checkFiles;
}

declare module '@salesforce/apex/CourseBuilderController.addFiles' {
  import type { CourseDetail, FileUpload } from '@salesforce/apex/CourseBuilderController';
  /** Adds files to the end of the course in order (one section per page of a multi-page file); all or nothing. */
  const addFiles: ApexMethod<{ courseId: string; files: FileUpload[] }, CourseDetail>;
  export default addFiles;
}

declare module '@salesforce/apex/CourseBuilderController.addLink' {
  import type { CourseDetail } from '@salesforce/apex/CourseBuilderController';
  /** Adds an http(s) link (web page or video) to the end of the course; the host is the default title. */
  const addLink: ApexMethod<
    {
      courseId: string;
      url: string;
      title?: string | null;
    },
    CourseDetail
  >;
  export default addLink;
}

declare module '@salesforce/apex/CourseBuilderController.saveSections' {
  import type { CourseDetail, SectionEdit } from '@salesforce/apex/CourseBuilderController';
  /** Saves the order and texts of every section in one call; the list must hold each section exactly once. */
  const saveSections: ApexMethod<{ courseId: string; sections: SectionEdit[] }, CourseDetail>;
  export default saveSections;
}

declare module '@salesforce/apex/CourseBuilderController.removeSection' {
  import type { CourseDetail } from '@salesforce/apex/CourseBuilderController';
  /** Removes a section and closes the gap in the order. */
  const removeSection: ApexMethod<{ sectionId: string }, CourseDetail>;
  export default removeSection;
}

declare module '@salesforce/apex/CourseBuilderController.replaceSectionMedia' {
  import type { CourseDetail } from '@salesforce/apex/CourseBuilderController';
  /** Shows another file in a section, keeping its place and texts (multi-page files: page `pageNumber`, default 1). */
  const replaceSectionMedia: ApexMethod<
    {
      sectionId: string;
      contentDocumentId: string;
      pageNumber?: number | null;
    },
    CourseDetail
  >;
  export default replaceSectionMedia;
}

declare module '@salesforce/apex/CourseBuilderController.publishCourse' {
  import type { CourseDetail } from '@salesforce/apex/CourseBuilderController';
  /** Publishes the course: it needs a name and at least one section, each with a title; not when archived. */
  const publishCourse: ApexMethod<{ courseId: string }, CourseDetail>;
  export default publishCourse;
}

declare module '@salesforce/apex/CourseBuilderController.getPreviews' {
  import type { PreviewProgress } from '@salesforce/apex/CourseBuilderController';
  /** Preview readiness of every section with picture and media URLs; poll until `complete`. */
  const getPreviews: ApexMethod<{ courseId: string }, PreviewProgress>;
  export default getPreviews;
}

declare module '@salesforce/apex/CourseBuilderController.discardFiles' {
  /** Deletes files uploaded to the course that were not added (refused or cancelled); resolves to how many. */
  const discardFiles: ApexMethod<{ courseId: string; contentDocumentIds: string[] }, number>;
  export default discardFiles;
}
