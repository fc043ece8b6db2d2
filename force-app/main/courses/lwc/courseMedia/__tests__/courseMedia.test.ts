import {
  DEFAULT_LIMITS,
  checkLink,
  embedUrl,
  fileProblem,
  fileSize,
  safeHref,
  htmlPackageProblem,
  isMultiPage,
  isReadableDeck,
  kindOf,
  linkMediaType,
  mediaTypeOf,
  pageCountProblem,
  roomProblem,
  signatureProblem
} from 'c/courseMedia';

// eslint-disable-next-line no-script-url -- the address the checks must refuse
const SCRIPT_URL = 'javascript:alert(1)';

const MB = 1024 * 1024;
const bytes = (...values: (number | string)[]): Uint8Array =>
  Uint8Array.from(
    values.flatMap((v) => (typeof v === 'string' ? Array.from(v, (c) => c.charCodeAt(0)) : [v]))
  );

describe('c/courseMedia: file kinds (as CourseMedia.cls)', () => {
  it.each([
    ['Deck.PPTX', 'deck', 'Slide_Page', true],
    ['old.ppt', 'deck', 'Slide_Page', true],
    ['report.pdf', 'document', 'Slide_Page', true],
    ['memo.docx', 'document', 'Slide_Page', true],
    ['logo.webp', 'picture', 'Image', false],
    ['intro.mp4', 'movie', 'Video', false],
    ['package.zip', 'htmlPackage', 'HTML', false],
    ['vector.svg', 'unsupported', undefined, false],
    ['README', 'unsupported', undefined, false]
  ])('%s is a %s', (name, kind, mediaType, multiPage) => {
    expect(kindOf(name)).toBe(kind);
    expect(mediaTypeOf(kindOf(name))).toBe(mediaType);
    expect(isMultiPage(kindOf(name))).toBe(multiPage);
  });

  it('reads titles only from decks and PDFs, not Word', () => {
    expect(isReadableDeck('a.pptx')).toBe(true);
    expect(isReadableDeck('a.pdf')).toBe(true);
    expect(isReadableDeck('a.ppt')).toBe(true);
    expect(isReadableDeck('a.docx')).toBe(false);
  });

  it('lists every accepted extension with its dot, for lightning-file-upload', () => {
    expect(DEFAULT_LIMITS.acceptedExtensions).toEqual(
      expect.arrayContaining(['.pptx', '.pdf', '.mp4', '.zip'])
    );
    expect(DEFAULT_LIMITS.acceptedExtensions).not.toContain('.svg');
  });
});

describe('c/courseMedia: the server rules and messages', () => {
  it('refuses unsupported files with the reason and what to do', () => {
    expect(fileProblem('logo.svg', 10, DEFAULT_LIMITS)).toBe(
      '"logo.svg" can\'t be added: SVG images can contain scripts. Export it as PNG and add that.'
    );
    expect(fileProblem('page.html', 10, DEFAULT_LIMITS)).toContain(
      'put the page and its files in a .zip package'
    );
    expect(fileProblem('clip.mov', 10, DEFAULT_LIMITS)).toContain('convert the video to MP4 or WebM first');
    expect(fileProblem('data.xlsx', 10, DEFAULT_LIMITS)).toBe(
      '"data.xlsx" can\'t be added: .xlsx files aren\'t supported. Add a PowerPoint, PDF or Word file, an image ' +
        '(PNG, JPG, GIF or WebP), a video (MP4 or WebM) or an interactive HTML package (.zip).'
    );
    expect(fileProblem('noext', 10, DEFAULT_LIMITS)).toContain("files without an extension aren't supported");
  });

  it('refuses empty and oversized files, with a larger limit for videos', () => {
    expect(fileProblem('deck.pptx', 0, DEFAULT_LIMITS)).toBe(
      '"deck.pptx" is empty. Check the file and upload it again.'
    );
    expect(fileProblem('deck.pptx', 150 * MB, DEFAULT_LIMITS)).toBe(
      '"deck.pptx" is 150 MB; files can be at most 100 MB. Make it smaller and upload it again.'
    );
    expect(fileProblem('talk.mp4', 150 * MB, DEFAULT_LIMITS)).toBeUndefined();
    expect(fileProblem('talk.mp4', 1500 * MB, DEFAULT_LIMITS)).toContain('videos can be at most 1024 MB');
  });

  it('checks page counts and room in the course', () => {
    expect(pageCountProblem('a.pdf', 0, DEFAULT_LIMITS)).toContain('"a.pdf" has no pages.');
    expect(pageCountProblem('a.pdf', 501, DEFAULT_LIMITS)).toContain(
      'has 501 pages; a deck can have at most 500'
    );
    expect(pageCountProblem('a.pdf', 12, DEFAULT_LIMITS)).toBeUndefined();
    expect(roomProblem(490, 10, DEFAULT_LIMITS)).toBeUndefined();
    expect(roomProblem(490, 11, DEFAULT_LIMITS)).toBe(
      'This would give the course 501 sections; a course can have at most 500. Add fewer pages, or remove sections first.'
    );
  });

  it('recognises pictures, videos and packages by their first bytes', () => {
    expect(signatureProblem('a.png', bytes(0x89, 'PNG', 13, 10))).toBeUndefined();
    expect(signatureProblem('a.jpg', bytes(0xff, 0xd8, 0xff, 0xe0))).toBeUndefined();
    expect(signatureProblem('a.gif', bytes('GIF89a'))).toBeUndefined();
    expect(signatureProblem('a.webp', bytes('RIFF', 0, 0, 0, 0, 'WEBP'))).toBeUndefined();
    expect(signatureProblem('a.mp4', bytes(0, 0, 0, 0x20, 'ftypisom'))).toBeUndefined();
    expect(signatureProblem('a.webm', bytes(0x1a, 0x45, 0xdf, 0xa3))).toBeUndefined();
    expect(signatureProblem('a.zip', bytes('PK', 3, 4))).toBeUndefined();
    expect(signatureProblem('renamed.png', bytes('GIF89a'))).toBe(
      '"renamed.png" isn\'t a valid .png file: it may be damaged, or renamed from another format. Export it again and add the new copy.'
    );
    expect(signatureProblem('a.mp4', bytes('not a video'))).toContain("isn't a valid .mp4 file");
    expect(signatureProblem('a.zip', bytes('%PDF-'))).toContain("isn't a valid .zip file");
    expect(signatureProblem('deck.pptx', bytes('anything'))).toBeUndefined();
  });

  it('needs a web page in an HTML package', () => {
    expect(htmlPackageProblem('p.zip', ['index.html', 'app.js'])).toBeUndefined();
    expect(htmlPackageProblem('p.zip', ['story/story.htm'])).toBeUndefined();
    expect(htmlPackageProblem('p.zip', ['__MACOSX/index.html', 'a.js'])).toContain('has no web page in it');
  });

  it('says file sizes in bytes, KB or MB', () => {
    expect(fileSize(1)).toBe('1 byte');
    expect(fileSize(900)).toBe('900 bytes');
    expect(fileSize(20_480)).toBe('20 KB');
    expect(fileSize(5.25 * MB)).toBe('5.3 MB');
  });
});

describe('c/courseMedia: links (as CourseMedia.validLink)', () => {
  it.each([
    ['', 'Enter the web address of the link.'],
    ['   ', 'Enter the web address of the link.'],
    [SCRIPT_URL, 'Links must be web addresses that start with https:// or http://'],
    ['data:text/html,<b>x</b>', 'Links must be web addresses that start with https:// or http://'],
    ['www.example.com', 'Links must be web addresses that start with https:// or http://'],
    ['https://exa mple.com', 'Links must be web addresses that start with https:// or http://'],
    ['https://example.com/"onload="x', 'Links must be web addresses that start with https:// or http://'],
    ['https://user:secret@example.com/', "Links can't contain a user name or password."],
    [`https://example.com/${'a'.repeat(250)}`, 'That web address is too long']
  ])('refuses %j', (value, message) => {
    const check = checkLink(value);
    expect(check.url).toBeUndefined();
    expect(check.error).toContain(message);
  });

  it('accepts http(s) addresses, trimmed', () => {
    expect(checkLink('  https://www.example.com/page?a=1#top ')).toEqual({
      url: 'https://www.example.com/page?a=1#top'
    });
    expect(checkLink('http://intranet.example.com')).toEqual({ url: 'http://intranet.example.com' });
  });

  it('tells video links from web pages', () => {
    expect(linkMediaType('https://www.youtube.com/watch?v=abcdefghijk')).toBe('Video');
    expect(linkMediaType('https://vimeo.com/12345')).toBe('Video');
    expect(linkMediaType('https://cdn.example.com/clip.MP4')).toBe('Video');
    expect(linkMediaType('https://www.example.com/')).toBe('Link');
  });

  it('frames YouTube and Vimeo through their players, and only http(s) addresses at all', () => {
    expect(embedUrl('https://www.youtube.com/watch?v=abcdefghijk&t=3')).toBe(
      'https://www.youtube-nocookie.com/embed/abcdefghijk'
    );
    expect(embedUrl('https://youtu.be/abcdefghijk')).toBe(
      'https://www.youtube-nocookie.com/embed/abcdefghijk'
    );
    expect(embedUrl('https://vimeo.com/76979871')).toBe('https://player.vimeo.com/video/76979871');
    expect(embedUrl('https://www.example.com/tour')).toBe('https://www.example.com/tour');
    expect(embedUrl(SCRIPT_URL)).toBeUndefined();
    expect(embedUrl(undefined)).toBeUndefined();
  });

  it('lets only http(s) addresses and paths on the org into an href', () => {
    expect(safeHref('/sfc/servlet.shepherd/version/download/068x')).toBe(
      '/sfc/servlet.shepherd/version/download/068x'
    );
    expect(safeHref('https://www.example.com/a')).toBe('https://www.example.com/a');
    expect(safeHref('//evil.example.com/x')).toBeUndefined();
    expect(safeHref(SCRIPT_URL)).toBeUndefined();
    expect(safeHref('data:text/html,hi')).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
  });
});
