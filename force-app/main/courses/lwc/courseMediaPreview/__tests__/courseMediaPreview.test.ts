import { createElement } from 'lwc';
import CourseMediaPreview from 'c/courseMediaPreview';
import type { SectionDetail, SectionPreview } from '@salesforce/apex/CourseBuilderController';

// eslint-disable-next-line no-script-url -- the address the checks must refuse
const SCRIPT_URL = 'javascript:alert(1)';

type PreviewElement = HTMLElement & { section?: SectionDetail; preview?: SectionPreview };

// eslint-disable-next-line @lwc/lwc/no-async-operation -- lets mocked promises settle and the DOM re-render
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const section = (fields: Partial<SectionDetail> = {}): SectionDetail => ({
  id: 'a01S1',
  position: 2,
  title: 'Agenda',
  mediaType: 'Slide_Page',
  pageNumber: 2,
  ...fields
});

async function render(sectionValue: SectionDetail, preview?: SectionPreview): Promise<PreviewElement> {
  const element = createElement('c-course-media-preview', {
    is: CourseMediaPreview
  }) as unknown as PreviewElement;
  element.section = sectionValue;
  element.preview = preview;
  document.body.appendChild(element);
  await flush();
  return element;
}

const $ = (element: PreviewElement, selector: string): HTMLElement | null =>
  element.shadowRoot!.querySelector(selector);
const text = (element: PreviewElement): string =>
  (element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

describe('c-course-media-preview', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it("shows a ready page's picture in an img, with the title as its text alternative", async () => {
    const element = await render(section(), {
      sectionId: 'a01S1',
      mediaType: 'Slide_Page',
      status: 'Ready',
      imageUrl:
        '/sfc/servlet.shepherd/version/renditionDownload?rendition=THUMB720BY480&versionId=068x&page=1',
      mediaUrl: '/sfc/servlet.shepherd/version/download/068x'
    });
    const img = $(element, 'img') as HTMLImageElement;
    expect(img.getAttribute('src')).toContain('renditionDownload');
    expect(img.alt).toBe('Agenda (Slide 2)');
    expect(text(element)).toContain('2. Agenda · Slide 2');
    const open = $(element, 'a') as HTMLAnchorElement;
    expect(open.getAttribute('href')).toBe('/sfc/servlet.shepherd/version/download/068x');
    expect(open.rel).toBe('noopener noreferrer');
    expect($(element, 'iframe')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says so while Salesforce prepares the picture, and when it cannot', async () => {
    const pending = await render(section(), {
      sectionId: 'a01S1',
      mediaType: 'Slide_Page',
      status: 'Pending',
      message: 'Salesforce is preparing a preview of this page.'
    });
    expect($(pending, '[role="status"]')!.textContent).toContain(
      'Salesforce is preparing a preview of this page.'
    );
    expect($(pending, 'img')).toBeNull();
    const unavailable = await render(section(), {
      sectionId: 'a01S1',
      mediaType: 'Slide_Page',
      status: 'Unavailable'
    });
    expect(text(unavailable)).toContain(
      "Salesforce can't show a preview of this page. Viewers can open the file instead."
    );
  });

  it('falls back to words when the picture fails to load', async () => {
    const element = await render(section(), {
      sectionId: 'a01S1',
      mediaType: 'Slide_Page',
      status: 'Ready',
      imageUrl: '/broken.png'
    });
    $(element, 'img')!.dispatchEvent(new CustomEvent('error'));
    await flush();
    expect($(element, 'img')).toBeNull();
    expect(text(element)).toContain("The picture couldn't be loaded. Open the file instead.");
  });

  it('frames a link only when asked, in an iframe sandboxed to scripts without same-origin', async () => {
    const link = section({
      mediaType: 'Link',
      linkUrl: 'https://www.example.com/tour',
      pageNumber: null,
      title: 'Tour'
    });
    const element = await render(link, {
      sectionId: 'a01S1',
      mediaType: 'Link',
      status: 'Ready',
      linkUrl: 'https://www.example.com/tour'
    });
    expect($(element, 'iframe')).toBeNull();
    expect(text(element)).toContain('This section shows a page from www.example.com.');
    await expect(element).toBeAccessible();
    (element.shadowRoot!.querySelector('lightning-button') as HTMLElement).click();
    await flush();
    const frame = $(element, 'iframe') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts');
    expect(frame.getAttribute('sandbox')).not.toContain('allow-same-origin');
    expect(frame.getAttribute('src')).toBe('https://www.example.com/tour');
    expect(frame.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(frame.title).toBe('Tour: page from www.example.com, in a sandboxed frame');
    const open = $(element, 'a') as HTMLAnchorElement;
    expect(open.target).toBe('_blank');
    expect(open.getAttribute('href')).toBe('https://www.example.com/tour');
  });

  it('frames YouTube videos through the player, and never frames a non-http address', async () => {
    const video = await render(
      section({
        mediaType: 'Video',
        linkUrl: 'https://www.youtube.com/watch?v=abcdefghijk',
        pageNumber: null
      }),
      {
        sectionId: 'a01S1',
        mediaType: 'Video',
        status: 'Ready',
        linkUrl: 'https://www.youtube.com/watch?v=abcdefghijk'
      }
    );
    (video.shadowRoot!.querySelector('lightning-button') as HTMLElement).click();
    await flush();
    expect($(video, 'iframe')!.getAttribute('src')).toBe(
      'https://www.youtube-nocookie.com/embed/abcdefghijk'
    );

    const bad = await render(section({ mediaType: 'Link', linkUrl: SCRIPT_URL, pageNumber: null }), {
      sectionId: 'a01S1',
      mediaType: 'Link',
      status: 'Ready',
      linkUrl: SCRIPT_URL
    });
    expect($(bad, 'iframe')).toBeNull();
    expect($(bad, 'lightning-button')).toBeNull();
    expect($(bad, 'a')).toBeNull();
    expect(text(bad)).toContain("This link can't be shown in a frame.");
  });

  it('plays an uploaded video in a video element', async () => {
    const element = await render(section({ mediaType: 'Video', pageNumber: null, title: 'Demo' }), {
      sectionId: 'a01S1',
      mediaType: 'Video',
      status: 'Ready',
      mediaUrl: '/sfc/servlet.shepherd/version/download/068v'
    });
    const video = $(element, 'video') as HTMLVideoElement;
    expect(video.getAttribute('src')).toBe('/sfc/servlet.shepherd/version/download/068v');
    expect(video.hasAttribute('controls')).toBe(true);
  });

  it('never renders an HTML package here: it offers the download', async () => {
    const element = await render(section({ mediaType: 'HTML', pageNumber: null, title: 'Quiz' }), {
      sectionId: 'a01S1',
      mediaType: 'HTML',
      status: 'Ready',
      mediaUrl: '/sfc/servlet.shepherd/version/download/068h'
    });
    expect($(element, 'iframe')).toBeNull();
    expect(text(element)).toContain("This interactive HTML package can't be shown inline.");
    expect($(element, 'a')!.textContent).toContain('Download the package');
  });

  it('starts over (no frame) when another section is shown', async () => {
    const link = section({ mediaType: 'Link', linkUrl: 'https://www.example.com/', pageNumber: null });
    const element = await render(link, {
      sectionId: 'a01S1',
      mediaType: 'Link',
      status: 'Ready',
      linkUrl: 'https://www.example.com/'
    });
    (element.shadowRoot!.querySelector('lightning-button') as HTMLElement).click();
    await flush();
    expect($(element, 'iframe')).not.toBeNull();
    element.section = { ...link, id: 'a01S2' };
    element.preview = {
      sectionId: 'a01S2',
      mediaType: 'Link',
      status: 'Ready',
      linkUrl: 'https://www.example.com/'
    };
    await flush();
    expect($(element, 'iframe')).toBeNull();
  });
});
