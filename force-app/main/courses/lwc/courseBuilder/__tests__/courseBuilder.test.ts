import { createElement } from 'lwc';
import CourseBuilder from 'c/courseBuilder';
import getCourse from '@salesforce/apex/CourseBuilderController.getCourse';
import createCourse from '@salesforce/apex/CourseBuilderController.createCourse';
import checkFiles from '@salesforce/apex/CourseBuilderController.checkFiles';
import addFiles from '@salesforce/apex/CourseBuilderController.addFiles';
import addLink from '@salesforce/apex/CourseBuilderController.addLink';
import saveSections from '@salesforce/apex/CourseBuilderController.saveSections';
import removeSection from '@salesforce/apex/CourseBuilderController.removeSection';
import replaceSectionMedia from '@salesforce/apex/CourseBuilderController.replaceSectionMedia';
import publishCourse from '@salesforce/apex/CourseBuilderController.publishCourse';
import getPreviews from '@salesforce/apex/CourseBuilderController.getPreviews';
import discardFiles from '@salesforce/apex/CourseBuilderController.discardFiles';
import LightningConfirm from 'lightning/confirm';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { DeckError, readDeck } from 'c/deckReader';
import type {
  CourseDetail,
  FileCheck,
  PreviewProgress,
  SectionDetail
} from '@salesforce/apex/CourseBuilderController';

jest.mock('@salesforce/apex/CourseBuilderController.getCourse', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/CourseBuilderController.createCourse', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/CourseBuilderController.checkFiles', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/CourseBuilderController.addFiles', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/CourseBuilderController.addLink', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/CourseBuilderController.saveSections', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/CourseBuilderController.removeSection', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/CourseBuilderController.replaceSectionMedia', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/CourseBuilderController.publishCourse', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/CourseBuilderController.getPreviews', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/CourseBuilderController.discardFiles', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('lightning/confirm', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('c/deckReader', () => ({
  ...jest.requireActual('c/deckReader'),
  readDeck: jest.fn(),
  detectDeckFormat: jest.fn(() => 'pptx')
}));

const mocked = <T>(fn: T): jest.Mock => fn as unknown as jest.Mock;
const confirmOpen = mocked(Reflect.get(LightningConfirm as object, 'open'));

type BuilderElement = HTMLElement & { recordId?: string; includeHiddenSlides?: boolean };

const COURSE_ID = 'a00Ex0000000001AAA';
const LIMITS = {
  maxFileBytes: 100 * 1024 * 1024,
  maxVideoBytes: 1024 * 1024 * 1024,
  maxPagesPerDeck: 500,
  maxSectionsPerCourse: 500,
  maxFilesPerRequest: 20,
  acceptedExtensions: ['.pptx', '.ppt', '.pdf', '.docx', '.png', '.mp4', '.zip']
};

function sectionsOf(...titles: string[]): SectionDetail[] {
  return titles.map((title, i) => ({
    id: `a01Ex00000000${String(i + 1).padStart(2, '0')}AAA`,
    position: i + 1,
    title,
    mediaType: 'Slide_Page',
    pageNumber: i + 1,
    renditionStatus: 'Ready'
  }));
}

function course(fields: Partial<CourseDetail> = {}): CourseDetail {
  const sections = fields.sections ?? sectionsOf('Welcome', 'Agenda', 'Numbers');
  return {
    id: COURSE_ID,
    name: 'Quarterly review',
    status: 'Draft',
    canEdit: true,
    sectionCount: sections.length,
    sections,
    uploadLimits: LIMITS,
    ...fields
  };
}

function previewsOf(detail: CourseDetail, pending = 0): PreviewProgress {
  return {
    courseId: detail.id,
    total: detail.sections.length,
    ready: detail.sections.length - pending,
    pending,
    unavailable: 0,
    complete: pending === 0,
    sections: detail.sections.map((s, i) => ({
      sectionId: s.id,
      mediaType: s.mediaType,
      status: i >= detail.sections.length - pending ? 'Pending' : 'Ready',
      imageUrl: i >= detail.sections.length - pending ? undefined : `/page${i + 1}.png`
    }))
  };
}

// eslint-disable-next-line @lwc/lwc/no-async-operation -- lets mocked promises settle and the DOM re-render
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
/** Several turns: Apex answers, the builder re-renders, its children re-render. */
const flush = async (): Promise<void> => {
  await tick();
  await tick();
  await tick();
  await tick();
  await tick();
};

async function render(props: Partial<BuilderElement> = { recordId: COURSE_ID }): Promise<BuilderElement> {
  const element = createElement('c-course-builder', { is: CourseBuilder }) as unknown as BuilderElement;
  Object.assign(element, props);
  document.body.appendChild(element);
  await flush();
  return element;
}

const root = (element: HTMLElement): ShadowRoot => element.shadowRoot!;
const $ = <T extends Element = HTMLElement>(element: HTMLElement, selector: string): T | null =>
  root(element).querySelector<T>(selector);
const text = (element: HTMLElement | null): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const list = (element: HTMLElement): HTMLElement => $(element, 'c-course-section-list')!;
const sectionTitles = (element: HTMLElement): string[] =>
  Array.from(root(list(element)).querySelectorAll('.entatio-section__title')).map((b) =>
    text(b as HTMLElement).replace(/^Section \d+: /, '')
  );
const notice = (element: HTMLElement): string => text($(element, '[data-id="notice"]'));
const errors = (element: HTMLElement): string[] =>
  Array.from(root(element).querySelectorAll('[data-id="errors"] li')).map((li) => text(li as HTMLElement));
function button(scope: ShadowRoot, label: string): HTMLElement {
  const found = Array.from(scope.querySelectorAll('lightning-button')).find(
    (b) => (b as unknown as { label: string }).label === label
  );
  if (!found) throw new Error(`No button "${label}"`);
  return found as HTMLElement;
}

function chooseFiles(element: HTMLElement, files: File[]): void {
  $(element, '[data-id="choose"] lightning-input')!.dispatchEvent(
    new CustomEvent('change', { detail: { files } })
  );
}

function uploadFinished(element: HTMLElement, files: { name: string; documentId: string }[]): void {
  $(element, '[data-id="upload"] lightning-file-upload')!.dispatchEvent(
    new CustomEvent('uploadfinished', { detail: { files } })
  );
}

const file = (name: string, content: number[] | string = [1, 2, 3, 4]): File =>
  new File([typeof content === 'string' ? content : Uint8Array.from(content)], name);

const check = (id: string, fields: Partial<FileCheck> = {}): FileCheck => ({
  contentDocumentId: id,
  multiPage: true,
  status: 'Ready',
  ...fields
});

describe('c-course-builder', () => {
  beforeEach(() => {
    jest.clearAllMocks();
    mocked(getCourse).mockResolvedValue(course());
    mocked(getPreviews).mockImplementation(async () => previewsOf(course()));
    mocked(discardFiles).mockResolvedValue(1);
  });

  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.useRealTimers();
  });

  describe('loading', () => {
    it('shows a loading state, then the course with its sections and pictures', async () => {
      let resolve!: (value: CourseDetail) => void;
      mocked(getCourse).mockReturnValue(new Promise((r) => (resolve = r)));
      const element = createElement('c-course-builder', { is: CourseBuilder }) as unknown as BuilderElement;
      element.recordId = COURSE_ID;
      document.body.appendChild(element);
      await Promise.resolve();
      expect(($(element, 'c-state-panel') as unknown as { variant: string }).variant).toBe('loading');
      resolve(course());
      await flush();
      expect(getCourse).toHaveBeenCalledWith({ courseId: COURSE_ID });
      expect(getPreviews).toHaveBeenCalledWith({ courseId: COURSE_ID });
      expect(($(element, 'lightning-card') as unknown as { title: string }).title).toBe('Quarterly review');
      expect(sectionTitles(element)).toEqual(['Welcome', 'Agenda', 'Numbers']);
      expect(text($(element, 'h3[id^="sections-heading"]'))).toBe('Sections (3)');
      expect(root(list(element)).querySelector('img')!.getAttribute('src')).toBe('/page1.png');
      expect($(element, 'c-course-media-preview')).not.toBeNull();
      await expect(element).toBeAccessible();
    });

    it('shows the empty state for a course without sections', async () => {
      mocked(getCourse).mockResolvedValue(course({ sections: [] }));
      mocked(getPreviews).mockResolvedValue(previewsOf(course({ sections: [] })));
      const element = await render();
      const panel = $(element, 'c-state-panel') as unknown as { variant: string; heading: string };
      expect(panel.variant).toBe('empty');
      expect(panel.heading).toBe('No sections yet — upload a deck or add a link');
      expect((button(root(element), 'Publish') as unknown as { disabled: boolean }).disabled).toBe(true);
      await expect(element).toBeAccessible();
    });

    it('shows the server message as no-access, and tries again', async () => {
      mocked(getCourse).mockRejectedValueOnce({
        status: 500,
        body: { message: "The course wasn't found, or you don't have access to it." }
      });
      const element = await render();
      const panel = $(element, 'c-state-panel') as unknown as { variant: string; errors: unknown };
      expect(panel.variant).toBe('no-access');
      expect(text($(element, 'c-state-panel'))).toBe('');
      button(root(element), 'Try again').click();
      await flush();
      expect(getCourse).toHaveBeenCalledTimes(2);
      expect(sectionTitles(element)).toEqual(['Welcome', 'Agenda', 'Numbers']);
    });

    it('is read-only when the user may not change the course', async () => {
      mocked(getCourse).mockResolvedValue(course({ canEdit: false, status: 'Archived' }));
      const element = await render();
      expect(text($(element, '[role="note"]'))).toContain('This course is archived');
      expect($(element, '[data-id="choose"]')).toBeNull();
      expect($(element, 'c-course-link-form')).toBeNull();
      expect(() => button(root(element), 'Publish')).toThrow();
      expect((list(element) as unknown as { readOnly: boolean }).readOnly).toBe(true);
      expect(($(element, 'c-course-section-editor') as unknown as { readOnly: boolean }).readOnly).toBe(true);
    });

    it('shows how far Salesforce is with the page pictures', async () => {
      mocked(getPreviews).mockResolvedValueOnce(previewsOf(course(), 2));
      const element = await render();
      expect(text($(element, '[data-id="preview-progress"]'))).toBe('Preparing page pictures: 1 of 3 ready');
      expect(($(element, 'lightning-progress-bar') as unknown as { value: number }).value).toBe(33);
    });
  });

  describe('adding files', () => {
    const deckText = {
      format: 'pptx',
      textAvailable: true,
      slides: [
        { index: 1, title: 'Kick-off', text: 'Hello', notes: 'Smile', hidden: false },
        { index: 2, title: 'Backup', text: '', notes: '', hidden: true },
        { index: 3, title: 'Wrap-up', text: 'Bye', notes: '', hidden: false }
      ]
    };

    it('reads chosen files first, uploads only after, and adds the deck with the titles read', async () => {
      mocked(readDeck).mockImplementation(async (_bytes: Uint8Array, name: string) => {
        if (name === 'Broken.pdf') throw new DeckError('corrupt', name, '"Broken.pdf" can\'t be opened.');
        return deckText;
      });
      const element = await render();
      const upload = $(element, '[data-id="upload"] lightning-file-upload') as unknown as {
        disabled: boolean;
        accept: string[];
        recordId: string;
      };
      expect(upload.disabled).toBe(true);
      expect(upload.recordId).toBe(COURSE_ID);

      chooseFiles(element, [
        file('Q3.pptx'),
        file('Broken.pdf'),
        file('logo.png', [0x89, 0x50, 0x4e, 0x47, 0, 0])
      ]);
      await flush();
      const rows = Array.from(root(element).querySelectorAll('[data-id="plan"] li')).map((li) =>
        text(li as HTMLElement)
      );
      expect(rows[0]).toContain('2 slides (1 hidden slide left out): Kick-off, Wrap-up');
      expect(rows[1]).toContain('"Broken.pdf" can\'t be opened.');
      expect(rows[2]).toContain('1 image section');
      expect(upload.disabled).toBe(false);
      expect(upload.accept).toEqual(['.pptx', '.png']);
      expect(text($(element, '[data-id="upload"] p'))).toBe(
        'In the upload window, choose the same files: "Q3.pptx" and "logo.png".'
      );
      expect(addFiles).not.toHaveBeenCalled();
      expect(checkFiles).not.toHaveBeenCalled();
      await expect(element).toBeAccessible();

      const after = course({
        sections: sectionsOf('Welcome', 'Agenda', 'Numbers', 'Kick-off', 'Wrap-up', 'logo')
      });
      mocked(checkFiles).mockResolvedValue([
        check('069A', { fileName: 'Q3.pptx', sizeBytes: 4 }),
        check('069B', { fileName: 'logo.png', sizeBytes: 6, multiPage: false, mediaType: 'Image' })
      ]);
      mocked(addFiles).mockResolvedValue(after);
      mocked(getPreviews).mockResolvedValue(previewsOf(after));
      uploadFinished(element, [
        { name: 'logo.png', documentId: '069B' },
        { name: 'Q3.pptx', documentId: '069A' }
      ]);
      await flush();
      expect(checkFiles).toHaveBeenCalledWith({ contentDocumentIds: ['069B', '069A'] });
      expect(addFiles).toHaveBeenCalledWith({
        courseId: COURSE_ID,
        files: [
          {
            contentDocumentId: '069A',
            pageCount: 3,
            slides: [
              { pageNumber: 1, title: 'Kick-off', text: 'Hello', notes: 'Smile' },
              { pageNumber: 3, title: 'Wrap-up', text: 'Bye', notes: '' }
            ]
          },
          { contentDocumentId: '069B' }
        ]
      });
      expect(discardFiles).not.toHaveBeenCalled();
      expect(notice(element)).toBe(
        'Added "Q3.pptx" and "logo.png": 3 new sections. Salesforce is preparing the page pictures.'
      );
      expect(sectionTitles(element)).toEqual(['Welcome', 'Agenda', 'Numbers', 'Kick-off', 'Wrap-up', 'logo']);
      expect((list(element) as unknown as { selectedId: string }).selectedId).toBe(after.sections[3]!.id);
      expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: COURSE_ID }]);
      // The uploaded files leave the plan; the refused one stays with its reason.
      expect(root(element).querySelectorAll('[data-id="plan"] li')).toHaveLength(1);
    });

    it('includes hidden slides when asked', async () => {
      mocked(readDeck).mockResolvedValue(deckText);
      const element = await render();
      chooseFiles(element, [file('Q3.pptx')]);
      await flush();
      const option = Array.from(root(element).querySelectorAll('[data-id="plan"] lightning-input'))[0]!;
      option.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
      await flush();
      expect(text($(element, '[data-id="plan"] li'))).toContain('3 slides: Kick-off, Backup, Wrap-up');
    });

    it('discards what the server refuses, and keeps nothing when adding fails', async () => {
      mocked(readDeck).mockResolvedValue(deckText);
      const element = await render();
      chooseFiles(element, [file('Q3.pptx')]);
      await flush();
      mocked(checkFiles).mockResolvedValue([
        check('069A', { fileName: 'Q3.pptx', sizeBytes: 4 }),
        check('069Z', { fileName: 'virus.exe', status: 'Invalid', message: '"virus.exe" can\'t be added.' })
      ]);
      mocked(addFiles).mockRejectedValue({ body: { message: 'This would give the course 501 sections.' } });
      uploadFinished(element, [
        { name: 'Q3.pptx', documentId: '069A' },
        { name: 'virus.exe', documentId: '069Z' }
      ]);
      await flush();
      expect(errors(element)).toEqual([
        'This would give the course 501 sections.',
        '"virus.exe" can\'t be added.'
      ]);
      expect(discardFiles).toHaveBeenCalledWith({
        courseId: COURSE_ID,
        contentDocumentIds: ['069Z', '069A']
      });
      expect(sectionTitles(element)).toEqual(['Welcome', 'Agenda', 'Numbers']);
      button(root(element), 'Clear the list').click();
      await flush();
      expect($(element, '[data-id="plan"]')).toBeNull();
    });

    it('waits while Salesforce prepares the pages of a .ppt, then adds it', async () => {
      jest.useFakeTimers();
      mocked(readDeck).mockResolvedValue({
        format: 'ppt',
        textAvailable: false,
        slides: [],
        notice: 'Legacy.'
      });
      const element = createElement('c-course-builder', { is: CourseBuilder }) as unknown as BuilderElement;
      element.recordId = COURSE_ID;
      document.body.appendChild(element);
      await jest.advanceTimersByTimeAsync(0);
      chooseFiles(element, [file('Old.ppt')]);
      await jest.advanceTimersByTimeAsync(0);
      mocked(checkFiles)
        .mockResolvedValueOnce([check('069P', { fileName: 'Old.ppt', status: 'Preparing' })])
        .mockResolvedValueOnce([check('069P', { fileName: 'Old.ppt', status: 'Ready', pageCount: 12 })]);
      mocked(addFiles).mockResolvedValue(course());
      uploadFinished(element, [{ name: 'Old.ppt', documentId: '069P' }]);
      await jest.advanceTimersByTimeAsync(0);
      expect(text($(element, '[data-id="status"]'))).toBe('Salesforce is preparing the pages of "Old.ppt"…');
      expect(addFiles).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(2500);
      expect(checkFiles).toHaveBeenLastCalledWith({ contentDocumentIds: ['069P'] });
      expect(addFiles).toHaveBeenCalledWith({
        courseId: COURSE_ID,
        files: [{ contentDocumentId: '069P', pageCount: 12 }]
      });
    });
  });

  describe('changing sections', () => {
    it('saves the whole list in the new order after a reorder, and restores it if that fails', async () => {
      const element = await render();
      const [a, b, c] = course().sections;
      const reordered = course({ sections: [c!, a!, b!].map((s, i) => ({ ...s, position: i + 1 })) });
      mocked(saveSections).mockResolvedValueOnce(reordered);
      list(element).dispatchEvent(
        new CustomEvent('reorder', { detail: { sectionIds: [c!.id, a!.id, b!.id], sectionId: c!.id } })
      );
      await flush();
      expect(saveSections).toHaveBeenCalledWith({
        courseId: COURSE_ID,
        sections: [
          { id: c!.id, title: 'Numbers' },
          { id: a!.id, title: 'Welcome' },
          { id: b!.id, title: 'Agenda' }
        ]
      });
      expect(sectionTitles(element)).toEqual(['Numbers', 'Welcome', 'Agenda']);
      expect(notice(element)).toBe('Order saved: "Numbers" is section 1.');

      mocked(saveSections).mockRejectedValueOnce({
        body: { message: 'The sections changed since you opened the course. Reload it and try again.' }
      });
      list(element).dispatchEvent(
        new CustomEvent('reorder', { detail: { sectionIds: [a!.id, c!.id, b!.id], sectionId: a!.id } })
      );
      await flush();
      expect(sectionTitles(element)).toEqual(['Numbers', 'Welcome', 'Agenda']);
      expect(errors(element)).toEqual([
        'The sections changed since you opened the course. Reload it and try again.'
      ]);
    });

    it("saves one section's texts with the others unchanged", async () => {
      const element = await render();
      const sections = course().sections;
      mocked(saveSections).mockResolvedValue(course());
      $(element, 'c-course-section-editor')!.dispatchEvent(
        new CustomEvent('save', {
          detail: { id: sections[1]!.id, title: 'Our agenda', topic: 'Plans', description: 'D', notes: '' }
        })
      );
      await flush();
      expect(saveSections).toHaveBeenCalledWith({
        courseId: COURSE_ID,
        sections: [
          { id: sections[0]!.id, title: 'Welcome' },
          { id: sections[1]!.id, title: 'Our agenda', topic: 'Plans', description: 'D', notes: '' },
          { id: sections[2]!.id, title: 'Numbers' }
        ]
      });
      expect(notice(element)).toBe('Section 2 saved.');
    });

    it('removes a section after confirmation only', async () => {
      const element = await render();
      const sections = course().sections;
      confirmOpen.mockResolvedValueOnce(false);
      list(element).dispatchEvent(new CustomEvent('remove', { detail: { sectionId: sections[1]!.id } }));
      await flush();
      expect(confirmOpen).toHaveBeenCalledWith(
        expect.objectContaining({
          message: 'Remove section 2, "Agenda", from the course? This can\'t be undone.'
        })
      );
      expect(removeSection).not.toHaveBeenCalled();

      confirmOpen.mockResolvedValueOnce(true);
      mocked(removeSection).mockResolvedValue(course({ sections: [sections[0]!, sections[2]!] }));
      list(element).dispatchEvent(new CustomEvent('remove', { detail: { sectionId: sections[1]!.id } }));
      await flush();
      expect(removeSection).toHaveBeenCalledWith({ sectionId: sections[1]!.id });
      expect(notice(element)).toBe('Removed "Agenda".');
      expect((list(element) as unknown as { selectedId: string }).selectedId).toBe(sections[2]!.id);
    });

    it('replaces media, and discards the new file when the server refuses it', async () => {
      const element = await render();
      const editor = $(element, 'c-course-section-editor')!;
      const sectionId = course().sections[0]!.id;
      mocked(replaceSectionMedia).mockResolvedValueOnce(course());
      editor.dispatchEvent(
        new CustomEvent('replace', {
          detail: { sectionId, contentDocumentId: '069R', fileName: 'New.pdf', pageNumber: 2 }
        })
      );
      await flush();
      expect(replaceSectionMedia).toHaveBeenCalledWith({
        sectionId,
        contentDocumentId: '069R',
        pageNumber: 2
      });
      expect(notice(element)).toBe('Section 1 now shows "New.pdf".');

      mocked(replaceSectionMedia).mockRejectedValueOnce({ body: { message: '"x.exe" can\'t be added.' } });
      editor.dispatchEvent(
        new CustomEvent('replace', {
          detail: { sectionId, contentDocumentId: '069S', fileName: 'x.exe', pageNumber: 1 }
        })
      );
      await flush();
      expect(discardFiles).toHaveBeenCalledWith({ courseId: COURSE_ID, contentDocumentIds: ['069S'] });
      expect(errors(element)).toEqual(['"x.exe" can\'t be added.']);
    });

    it('adds a link, or shows the server message on the link form', async () => {
      const element = await render();
      const form = $(element, 'c-course-link-form')!;
      const withLink = course({
        sections: [
          ...course().sections,
          { id: 'a01L', position: 4, title: 'Tour', mediaType: 'Link', linkUrl: 'https://www.example.com/' }
        ]
      });
      mocked(addLink).mockResolvedValueOnce(withLink);
      form.dispatchEvent(
        new CustomEvent('addlink', { detail: { url: 'https://www.example.com/', title: 'Tour' } })
      );
      await flush();
      expect(addLink).toHaveBeenCalledWith({
        courseId: COURSE_ID,
        url: 'https://www.example.com/',
        title: 'Tour'
      });
      expect(notice(element)).toBe('Added the link "Tour" as section 4.');
      expect((list(element) as unknown as { selectedId: string }).selectedId).toBe('a01L');

      mocked(addLink).mockRejectedValueOnce({ body: { message: 'Links must be web addresses.' } });
      const urlInput = root(form).querySelector('lightning-input[data-id="url"]') as unknown as {
        setCustomValidity: jest.Mock;
        reportValidity: jest.Mock;
      };
      urlInput.setCustomValidity = jest.fn();
      urlInput.reportValidity = jest.fn();
      form.dispatchEvent(new CustomEvent('addlink', { detail: { url: 'http://x', title: '' } }));
      await flush();
      expect(addLink).toHaveBeenLastCalledWith({ courseId: COURSE_ID, url: 'http://x', title: null });
      expect(urlInput.setCustomValidity).toHaveBeenCalledWith('Links must be web addresses.');
    });

    it('publishes after confirmation', async () => {
      const element = await render();
      confirmOpen.mockResolvedValueOnce(true);
      mocked(publishCourse).mockResolvedValue(course({ status: 'Published' }));
      button(root(element), 'Publish').click();
      await flush();
      expect(confirmOpen).toHaveBeenCalledWith(
        expect.objectContaining({
          label: 'Publish the course',
          message:
            'Publish "Quarterly review" with 3 sections? Everyone the course is shared with can then open it; you can still change it afterwards.'
        })
      );
      expect(publishCourse).toHaveBeenCalledWith({ courseId: COURSE_ID });
      expect(notice(element)).toBe('"Quarterly review" is published.');
      expect(($(element, 'lightning-badge') as unknown as { label: string }).label).toBe('Published');
      expect((button(root(element), 'Published') as unknown as { disabled: boolean }).disabled).toBe(true);
    });

    it('shows why publishing was refused', async () => {
      const element = await render();
      confirmOpen.mockResolvedValueOnce(true);
      mocked(publishCourse).mockRejectedValue({ body: { message: 'Section 2 needs a title.' } });
      button(root(element), 'Publish').click();
      await flush();
      expect(errors(element)).toEqual(['Section 2 needs a title.']);
      expect($(element, '[data-id="errors"]')!.getAttribute('role')).toBe('alert');
    });
  });

  describe('on an app page', () => {
    it('creates a course first, then builds it', async () => {
      mocked(createCourse).mockResolvedValue(course({ sections: [] }));
      mocked(getPreviews).mockResolvedValue(previewsOf(course({ sections: [] })));
      const element = await render({});
      expect(getCourse).not.toHaveBeenCalled();
      const fields = Array.from(
        root(element).querySelectorAll('[data-create]')
      ) as unknown as (HTMLElement & {
        value: string;
        setCustomValidity: jest.Mock;
      })[];
      fields.forEach((field) => (field.setCustomValidity = jest.fn()));
      button(root(element), 'Create course').click();
      await flush();
      expect(createCourse).not.toHaveBeenCalled();
      expect(fields[0]!.setCustomValidity).toHaveBeenCalledWith('Give the course a name.');
      await expect(element).toBeAccessible();

      fields[0]!.value = ' Quarterly review ';
      fields[1]!.value = 'Sales';
      button(root(element), 'Create course').click();
      await flush();
      expect(createCourse).toHaveBeenCalledWith({
        name: 'Quarterly review',
        topic: 'Sales',
        description: null
      });
      expect(notice(element)).toBe('Created "Quarterly review". Add its slides below.');
      expect(
        ($(element, '[data-id="upload"] lightning-file-upload') as unknown as { recordId: string }).recordId
      ).toBe(COURSE_ID);
    });
  });
});
