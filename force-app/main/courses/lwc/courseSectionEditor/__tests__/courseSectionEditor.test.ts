import { createElement } from 'lwc';
import CourseSectionEditor from 'c/courseSectionEditor';
import type { SectionDetail } from '@salesforce/apex/CourseBuilderController';

type EditorElement = HTMLElement & {
  section?: SectionDetail;
  courseId?: string;
  acceptedExtensions?: string[];
  readOnly?: boolean;
  busy?: boolean;
  dirty: boolean;
};
type FieldStub = HTMLElement & {
  value?: string;
  label?: string;
  setCustomValidity: jest.Mock;
  reportValidity: jest.Mock;
  checkValidity: jest.Mock;
};

// eslint-disable-next-line @lwc/lwc/no-async-operation -- lets mocked promises settle and the DOM re-render
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const SECTION: SectionDetail = {
  id: 'a01S1',
  position: 3,
  title: 'Agenda',
  description: 'What we cover',
  topic: 'Onboarding',
  notes: 'Say hello',
  mediaType: 'Slide_Page',
  pageNumber: 3
};

async function render(props: Partial<EditorElement> = {}): Promise<EditorElement> {
  const element = createElement('c-course-section-editor', {
    is: CourseSectionEditor
  }) as unknown as EditorElement;
  Object.assign(element, {
    section: SECTION,
    courseId: 'a00C1',
    acceptedExtensions: ['.pptx', '.pdf'],
    ...props
  });
  document.body.appendChild(element);
  await flush();
  return element;
}

function field(element: EditorElement, name: string): FieldStub {
  const stub = element.shadowRoot!.querySelector(`[data-field="${name}"]`) as FieldStub;
  if (!jest.isMockFunction(stub.setCustomValidity)) stub.setCustomValidity = jest.fn();
  return stub;
}

async function change(element: EditorElement, name: string, value: string): Promise<void> {
  field(element, name).dispatchEvent(new CustomEvent('change', { detail: { value } }));
  await flush();
}

function button(element: EditorElement, label: string): HTMLElement & { disabled?: boolean } {
  return Array.from(element.shadowRoot!.querySelectorAll('lightning-button')).find(
    (b) => (b as unknown as { label: string }).label === label
  ) as HTMLElement & { disabled?: boolean };
}

describe('c-course-section-editor', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it("shows the section's texts in labelled fields, and is accessible", async () => {
    const element = await render();
    expect(field(element, 'title').value).toBe('Agenda');
    expect(field(element, 'title').label).toBe('Title');
    expect(field(element, 'topic').value).toBe('Onboarding');
    expect(field(element, 'description').value).toBe('What we cover');
    expect(field(element, 'notes').value).toBe('Say hello');
    expect(element.shadowRoot!.querySelector('h3')!.textContent).toBe('Section 3');
    expect(button(element, 'Save section').disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('saves the edited texts (title tidied, topic trimmed)', async () => {
    const element = await render();
    const handler = jest.fn();
    element.addEventListener('save', handler);
    await change(element, 'title', '  Our   agenda ');
    await change(element, 'topic', ' Pricing ');
    await change(element, 'description', '');
    expect(element.dirty).toBe(true);
    expect(button(element, 'Save section').disabled).toBe(false);
    button(element, 'Save section').click();
    expect(handler.mock.calls[0][0].detail).toEqual({
      id: 'a01S1',
      title: 'Our agenda',
      topic: 'Pricing',
      description: '',
      notes: 'Say hello'
    });
  });

  it('refuses an empty title or a long topic on the field, without saving', async () => {
    const element = await render();
    const handler = jest.fn();
    element.addEventListener('save', handler);
    await change(element, 'title', '   ');
    await change(element, 'topic', 'x'.repeat(81));
    button(element, 'Save section').click();
    expect(handler).not.toHaveBeenCalled();
    expect(field(element, 'title').setCustomValidity).toHaveBeenLastCalledWith('Give the section a title.');
    expect(field(element, 'topic').setCustomValidity).toHaveBeenLastCalledWith(
      'A topic can have at most 80 characters.'
    );
  });

  it('undoes changes, and takes the saved values when the section comes back from the server', async () => {
    const element = await render();
    await change(element, 'title', 'Changed');
    button(element, 'Undo changes').click();
    await flush();
    expect(field(element, 'title').value).toBe('Agenda');
    await change(element, 'title', 'Saved title');
    element.section = { ...SECTION, title: 'Saved title' };
    await flush();
    expect(element.dirty).toBe(false);
    element.section = { ...SECTION, id: 'a01S2', title: 'Other' };
    await flush();
    expect(field(element, 'title').value).toBe('Other');
  });

  it('replaces the media with an uploaded file, on the chosen page', async () => {
    const element = await render();
    const handler = jest.fn();
    element.addEventListener('replace', handler);
    const upload = element.shadowRoot!.querySelector('lightning-file-upload') as HTMLElement & {
      recordId?: string;
      accept?: string[];
    };
    expect(upload.recordId).toBe('a00C1');
    expect(upload.accept).toEqual(['.pptx', '.pdf']);
    await change(element, 'page', '4');
    upload.dispatchEvent(
      new CustomEvent('uploadfinished', { detail: { files: [{ name: 'New.pdf', documentId: '069X' }] } })
    );
    expect(handler.mock.calls[0][0].detail).toEqual({
      sectionId: 'a01S1',
      contentDocumentId: '069X',
      fileName: 'New.pdf',
      pageNumber: 4
    });
  });

  it('only shows the texts when read-only', async () => {
    const element = await render({ readOnly: true });
    expect(element.shadowRoot!.querySelector('lightning-input')).toBeNull();
    expect(element.shadowRoot!.querySelector('lightning-file-upload')).toBeNull();
    expect(element.shadowRoot!.querySelector('dl')!.textContent).toContain('What we cover');
    await expect(element).toBeAccessible();
  });
});
