import { createElement } from 'lwc';
import CourseSectionList, { moveItem } from 'c/courseSectionList';
import type { SectionDetail, SectionPreview } from '@salesforce/apex/CourseBuilderController';

type ListElement = HTMLElement & {
  sections?: SectionDetail[];
  previews?: Record<string, SectionPreview>;
  selectedId?: string;
  readOnly?: boolean;
  disabled?: boolean;
  focusSection(id: string): void;
};

// eslint-disable-next-line @lwc/lwc/no-async-operation -- lets mocked promises settle and the DOM re-render
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const SECTIONS: SectionDetail[] = ['Welcome', 'Agenda', 'Numbers', 'Next steps'].map((title, i) => ({
  id: `a01S${i + 1}`,
  position: i + 1,
  title,
  topic: i === 1 ? 'Planning' : null,
  mediaType: i === 3 ? 'Link' : 'Slide_Page',
  pageNumber: i === 3 ? null : i + 1,
  linkUrl: i === 3 ? 'https://www.example.com/' : null
}));

async function render(props: Partial<ListElement> = {}): Promise<ListElement> {
  const element = createElement('c-course-section-list', { is: CourseSectionList }) as unknown as ListElement;
  Object.assign(element, { sections: SECTIONS, previews: {}, selectedId: 'a01S1', ...props });
  document.body.appendChild(element);
  await flush();
  return element;
}

const titles = (element: ListElement): string[] =>
  Array.from(element.shadowRoot!.querySelectorAll('.entatio-section__title')).map((b) =>
    (b.textContent ?? '').replace(/^Section \d+: /, '').trim()
  );
const handle = (element: ListElement, id: string): HTMLButtonElement =>
  element.shadowRoot!.querySelector(`.entatio-section__handle[data-id="${id}"]`) as HTMLButtonElement;
const announcement = (element: ListElement): string =>
  element.shadowRoot!.querySelector('[data-id="announcer"]')!.textContent ?? '';
const key = async (target: HTMLElement, name: string): Promise<void> => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  await flush();
};

describe('moveItem', () => {
  it('moves an item, clamped to the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
});

describe('c-course-section-list', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('lists the sections in order with their media, topic, picture and preview state', async () => {
    const element = await render({
      previews: {
        a01S1: { sectionId: 'a01S1', mediaType: 'Slide_Page', status: 'Ready', imageUrl: '/page1.png' },
        a01S2: { sectionId: 'a01S2', mediaType: 'Slide_Page', status: 'Pending' },
        a01S3: { sectionId: 'a01S3', mediaType: 'Slide_Page', status: 'Unavailable' }
      }
    });
    expect(titles(element)).toEqual(['Welcome', 'Agenda', 'Numbers', 'Next steps']);
    const rows = element.shadowRoot!.querySelectorAll('li');
    expect(rows[0]!.querySelector('img')!.getAttribute('src')).toBe('/page1.png');
    expect(rows[1]!.textContent).toContain('Slide 2 · Planning');
    expect(rows[1]!.textContent).toContain('Preparing preview');
    expect(rows[2]!.textContent).toContain('No preview');
    expect(rows[3]!.textContent).toContain('Link');
    expect(element.shadowRoot!.querySelector('[aria-current="true"]')!.getAttribute('data-id')).toBe('a01S1');
    expect(handle(element, 'a01S2').getAttribute('aria-label')).toBe('Reorder Agenda, position 2 of 4');
    await expect(element).toBeAccessible();
  });

  it('selects a section and asks to edit or remove one', async () => {
    const element = await render();
    const select = jest.fn();
    const edit = jest.fn();
    const remove = jest.fn();
    element.addEventListener('select', select);
    element.addEventListener('edit', edit);
    element.addEventListener('remove', remove);
    (element.shadowRoot!.querySelector('.entatio-section__title[data-id="a01S3"]') as HTMLElement).click();
    expect(select.mock.calls[0][0].detail).toEqual({ sectionId: 'a01S3' });
    const menu = element.shadowRoot!.querySelector('lightning-button-menu[data-id="a01S2"]')!;
    menu.dispatchEvent(new CustomEvent('select', { detail: { value: 'edit' } }));
    menu.dispatchEvent(new CustomEvent('select', { detail: { value: 'remove' } }));
    expect(edit.mock.calls[0][0].detail).toEqual({ sectionId: 'a01S2' });
    expect(remove.mock.calls[0][0].detail).toEqual({ sectionId: 'a01S2' });
  });

  it('moves a section with the keyboard: pick up, arrows, drop; announcing each step', async () => {
    const element = await render();
    const reorder = jest.fn();
    element.addEventListener('reorder', reorder);
    await key(handle(element, 'a01S3'), ' ');
    expect(handle(element, 'a01S3').getAttribute('aria-pressed')).toBe('true');
    expect(announcement(element)).toBe(
      'Numbers picked up, position 3 of 4. Use the up and down arrow keys to move it, Space to drop it, Escape to cancel.'
    );
    await key(handle(element, 'a01S3'), 'ArrowUp');
    await key(handle(element, 'a01S3'), 'ArrowUp');
    expect(titles(element)).toEqual(['Numbers', 'Welcome', 'Agenda', 'Next steps']);
    expect(announcement(element)).toBe('Numbers, position 1 of 4.');
    await key(handle(element, 'a01S3'), 'ArrowUp');
    expect(announcement(element)).toBe('Numbers is already first, position 1 of 4.');
    expect(reorder).not.toHaveBeenCalled();
    await key(handle(element, 'a01S3'), 'Enter');
    expect(reorder.mock.calls[0][0].detail).toEqual({
      sectionIds: ['a01S3', 'a01S1', 'a01S2', 'a01S4'],
      sectionId: 'a01S3'
    });
    expect(announcement(element)).toBe('Numbers dropped at position 1 of 4.');
    expect(handle(element, 'a01S3').getAttribute('aria-pressed')).toBe('false');
  });

  it('puts a picked-up section back on Escape', async () => {
    const element = await render();
    const reorder = jest.fn();
    element.addEventListener('reorder', reorder);
    await key(handle(element, 'a01S1'), ' ');
    await key(handle(element, 'a01S1'), 'End');
    expect(titles(element)).toEqual(['Agenda', 'Numbers', 'Next steps', 'Welcome']);
    await key(handle(element, 'a01S1'), 'Escape');
    expect(titles(element)).toEqual(['Welcome', 'Agenda', 'Numbers', 'Next steps']);
    expect(announcement(element)).toBe('Reordering cancelled. Welcome is back at position 1 of 4.');
    expect(reorder).not.toHaveBeenCalled();
  });

  it('moves with the row menu and by drag and drop', async () => {
    const element = await render();
    const reorder = jest.fn();
    element.addEventListener('reorder', reorder);
    element
      .shadowRoot!.querySelector('lightning-button-menu[data-id="a01S2"]')!
      .dispatchEvent(new CustomEvent('select', { detail: { value: 'down' } }));
    expect(reorder.mock.calls[0][0].detail.sectionIds).toEqual(['a01S1', 'a01S3', 'a01S2', 'a01S4']);
    element
      .shadowRoot!.querySelector('lightning-button-menu[data-id="a01S4"]')!
      .dispatchEvent(new CustomEvent('select', { detail: { value: 'top' } }));
    expect(reorder.mock.calls[1][0].detail.sectionIds).toEqual(['a01S4', 'a01S1', 'a01S2', 'a01S3']);

    const row = (id: string): HTMLElement =>
      element.shadowRoot!.querySelector(`li[data-id="${id}"]`) as HTMLElement;
    const drag = (type: string, id: string): void => {
      const event = new CustomEvent(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', {
        value: { setData: jest.fn(), effectAllowed: '', dropEffect: '' }
      });
      row(id).dispatchEvent(event);
    };
    expect(row('a01S1').getAttribute('draggable')).toBe('true');
    drag('dragstart', 'a01S1');
    drag('dragover', 'a01S3');
    await flush();
    expect(row('a01S3').className).toContain('entatio-section_drop-after');
    drag('drop', 'a01S3');
    expect(reorder.mock.calls[2][0].detail).toEqual({
      sectionIds: ['a01S2', 'a01S3', 'a01S1', 'a01S4'],
      sectionId: 'a01S1'
    });
  });

  it('does nothing while the parent saves, and is select-only when read-only', async () => {
    const busy = await render({ disabled: true });
    const reorder = jest.fn();
    busy.addEventListener('reorder', reorder);
    await key(handle(busy, 'a01S1'), ' ');
    expect(handle(busy, 'a01S1').getAttribute('aria-pressed')).toBe('false');
    expect(reorder).not.toHaveBeenCalled();

    const readOnly = await render({ readOnly: true });
    expect(readOnly.shadowRoot!.querySelector('.entatio-section__handle')).toBeNull();
    expect(readOnly.shadowRoot!.querySelector('lightning-button-menu')).toBeNull();
    expect(readOnly.shadowRoot!.querySelector('li')!.getAttribute('draggable')).toBe('false');
    await expect(readOnly).toBeAccessible();
  });
});
