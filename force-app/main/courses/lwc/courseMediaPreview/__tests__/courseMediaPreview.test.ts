import { createElement } from 'lwc';
import * as fflate from 'fflate';
import CourseMediaPreview, { clearPackageCache } from 'c/courseMediaPreview';
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

  it('reports video playback (playing, paused, ended) as mediaplayback events', async () => {
    const element = await render(section({ mediaType: 'Video', pageNumber: null }), {
      sectionId: 'a01S1',
      mediaType: 'Video',
      status: 'Ready',
      mediaUrl: '/sfc/servlet.shepherd/version/download/068v'
    });
    const seen: { sectionId: string; state: string }[] = [];
    element.addEventListener('mediaplayback', (event) => seen.push((event as CustomEvent).detail));
    const video = $(element, 'video') as HTMLVideoElement;
    for (const type of ['play', 'pause', 'ended']) video.dispatchEvent(new CustomEvent(type));
    expect(seen.map((detail) => [detail.sectionId, detail.state])).toEqual([
      ['a01S1', 'playing'],
      ['a01S1', 'paused'],
      ['a01S1', 'ended']
    ]);
  });

  describe('HTML packages', () => {
    const PACKAGE_URL = '/sfc/servlet.shepherd/version/download/068h';
    const htmlSection = section({ mediaType: 'HTML', pageNumber: null, title: 'Quiz' });
    const htmlPreview = (mediaUrl = PACKAGE_URL): SectionPreview => ({
      sectionId: 'a01S1',
      mediaType: 'HTML',
      status: 'Ready',
      mediaUrl
    });
    const quiz = (): Uint8Array =>
      fflate.zipSync({
        'quiz/index.html': fflate.strToU8(
          '<link rel="stylesheet" href="quiz.css"><script src="quiz.js"></script><h1>Question 1</h1>'
        ),
        'quiz/quiz.css': fflate.strToU8('h1 { color: red }'),
        'quiz/quiz.js': fflate.strToU8('document.title = "Quiz";')
      });
    let fetchMock: jest.Mock;

    const respond = (
      bytes: Uint8Array,
      init: { status?: number; headers?: Record<string, string> } = {}
    ) => ({
      ok: (init.status ?? 200) < 400,
      status: init.status ?? 200,
      headers: { get: (name: string) => init.headers?.[name.toLowerCase()] ?? null },
      arrayBuffer: () => Promise.resolve(bytes.slice().buffer)
    });

    beforeEach(() => {
      clearPackageCache();
      (window as unknown as { fflate: unknown }).fflate = fflate;
      fetchMock = jest.fn(() => Promise.resolve(respond(quiz())));
      (globalThis as unknown as { fetch: unknown }).fetch = fetchMock;
    });

    afterEach(() => {
      delete (globalThis as unknown as { fetch?: unknown }).fetch;
    });

    const frameOf = (element: PreviewElement): HTMLIFrameElement =>
      $(element, 'iframe.entatio-preview__package') as HTMLIFrameElement;

    it('plays the package in an iframe sandboxed to scripts, never same-origin, its files inlined', async () => {
      let resolveFetch!: (value: unknown) => void;
      fetchMock.mockImplementationOnce(() => new Promise((resolve) => (resolveFetch = resolve)));
      const element = await render(htmlSection, htmlPreview());
      expect(text(element)).toContain('Opening the interactive package…');
      expect(frameOf(element)).toBeNull();
      resolveFetch(respond(quiz()));
      await flush();
      await flush();
      const frame = frameOf(element);
      expect(frame).not.toBeNull();
      expect(frame.getAttribute('sandbox')).toBe('allow-scripts');
      expect(frame.getAttribute('sandbox')).not.toContain('allow-same-origin');
      expect(frame.getAttribute('src')).toMatch(/htmlPackagePlayer\/player\.html$/);
      expect(frame.title).toBe('Quiz: interactive content, in a sandboxed frame');
      const post = jest.spyOn(frame.contentWindow!, 'postMessage').mockImplementation(() => undefined);
      frame.dispatchEvent(new CustomEvent('load'));
      expect(post).toHaveBeenCalledTimes(1);
      const [message, target] = post.mock.calls[0] as unknown as [{ type: string; html: string }, string];
      expect(message.type).toBe('entatio:package');
      expect(target).toBe('*');
      const doc = new DOMParser().parseFromString(message.html, 'text/html');
      expect(doc.querySelector('h1')!.textContent).toBe('Question 1');
      expect(doc.querySelector('script')!.getAttribute('src')).toMatch(/^data:text\/javascript/);
      expect(doc.querySelector('link')!.getAttribute('href')).toMatch(/^data:text\/css/);
      expect(fetchMock).toHaveBeenCalledWith(PACKAGE_URL, { credentials: 'same-origin' });
      // The package's markup is only ever posted to the sandboxed player, never put into this component's DOM.
      expect(element.shadowRoot!.querySelector('h1')).toBeNull();
      expect($(element, 'a')!.textContent).toContain('Download the package');
      await expect(element).toBeAccessible();
    });

    it('unpacks a package once: showing it again uses the unpacked document', async () => {
      const element = await render(htmlSection, htmlPreview());
      await flush();
      element.section = section({ id: 'a01S9', mediaType: 'Slide_Page' });
      element.preview = { sectionId: 'a01S9', mediaType: 'Slide_Page', status: 'Ready', imageUrl: '/x.png' };
      await flush();
      expect(frameOf(element)).toBeNull();
      element.section = htmlSection;
      element.preview = htmlPreview();
      await flush();
      expect(frameOf(element)).not.toBeNull();
      expect(fetchMock).toHaveBeenCalledTimes(1);
    });

    it.each([
      [
        'a package without a page',
        () => respond(fflate.zipSync({ 'a.js': fflate.strToU8('x') })),
        'This package has no web page in it'
      ],
      ['a damaged zip', () => respond(fflate.strToU8('not a zip')), "This package can't be opened"],
      [
        'a package over the size limit',
        () => respond(new Uint8Array(4), { headers: { 'content-length': String(200 * 1024 * 1024) } }),
        'This package is 200 MB; packages up to 50 MB play here. Download it to open it.'
      ],
      ['a failed download', () => respond(new Uint8Array(0), { status: 500 }), "couldn't be loaded"]
    ])('says why it cannot play %s, and offers the download', async (_label, response, message) => {
      fetchMock.mockImplementation(() => Promise.resolve(response()));
      const element = await render(htmlSection, htmlPreview());
      await flush();
      await flush();
      expect(frameOf(element)).toBeNull();
      expect(text(element)).toContain(message);
      expect($(element, 'a')!.textContent).toContain('Download the package');
      await expect(element).toBeAccessible();
    });

    it('fetches nothing for a package whose file is not there, or not an address of the org', async () => {
      const element = await render(htmlSection, htmlPreview(SCRIPT_URL));
      expect(fetchMock).not.toHaveBeenCalled();
      expect(frameOf(element)).toBeNull();
      expect(text(element)).toContain('There is no package file to show.');
    });

    it('keeps the answer for the package shown when an earlier one arrives late', async () => {
      let first!: (value: unknown) => void;
      fetchMock.mockImplementationOnce(() => new Promise((resolve) => (first = resolve)));
      const element = await render(htmlSection, htmlPreview());
      element.section = section({ id: 'a01S9', mediaType: 'Slide_Page' });
      element.preview = { sectionId: 'a01S9', mediaType: 'Slide_Page', status: 'Ready', imageUrl: '/x.png' };
      await flush();
      first(respond(quiz()));
      await flush();
      expect(frameOf(element)).toBeNull();
      expect($(element, 'img')).not.toBeNull();
    });
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
