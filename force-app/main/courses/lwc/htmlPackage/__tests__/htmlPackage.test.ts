import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  HTML_PACKAGE_LIMITS,
  type HtmlPackageLimits,
  type PackageTools,
  base64Of,
  buildPackageDocument,
  findEntryPage,
  isHtmlPackageError,
  mimeTypeOf,
  normalizePath,
  packageDocumentOf,
  resolveReference,
  serializeDocument,
  topFolderOf,
  unpackFiles
} from 'c/htmlPackage';
import type { UnzipSync } from 'c/deckReader';

const unzip = unzipSync as unknown as UnzipSync;
const tools: PackageTools = {
  parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  decodeText: (bytes) => strFromU8(bytes),
  encodeText: (text) => strToU8(text)
};

const files = (entries: Record<string, string | Uint8Array>): Map<string, Uint8Array> =>
  new Map(
    Object.entries(entries).map(([path, value]) => [path, typeof value === 'string' ? strToU8(value) : value])
  );

const zip = (entries: Record<string, string | Uint8Array>): Uint8Array =>
  zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([path, value]) => [
        path,
        typeof value === 'string' ? strToU8(value) : value
      ])
    )
  );

/** The document as the frame would parse it. */
const parsed = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Decodes a data: URI of base64 text. */
const dataText = (uri: string | null | undefined): string => {
  const match = /^data:[^,]*;base64,(.*)$/.exec(uri ?? '');
  if (!match) throw new Error(`not a base64 data URI: ${uri}`);
  return Buffer.from(match[1]!, 'base64').toString('utf8');
};

const errorOf = (run: () => unknown): { code?: string; message?: string } => {
  try {
    run();
  } catch (error) {
    expect(isHtmlPackageError(error)).toBe(true);
    return error as { code: string; message: string };
  }
  throw new Error('expected an HtmlPackageError');
};

describe('c/htmlPackage: paths', () => {
  it.each([
    ['a/b/../c.css', 'a/c.css'],
    ['./a//b/./c.js', 'a/b/c.js'],
    ['/abs/x.png', 'abs/x.png'],
    ['a\\b\\c.png', 'a/b/c.png'],
    ['a/..', '']
  ])('normalises %s to %s', (input, expected) => {
    expect(normalizePath(input)).toBe(expected);
  });

  it.each(['../x', 'a/../../x', '..\\..\\windows\\win.ini'])(
    'refuses %s, which climbs above the root',
    (input) => {
      expect(normalizePath(input)).toBeUndefined();
    }
  );

  it('finds the single top folder', () => {
    expect(topFolderOf(['site/index.html', 'site/a.css', '__MACOSX/site/._a.css'])).toBe('site');
    expect(topFolderOf(['index.html', 'site/a.css'])).toBe('');
    expect(topFolderOf(['a/index.html', 'b/a.css'])).toBe('');
  });
});

describe('c/htmlPackage: the entry page', () => {
  it.each<[string[], string | undefined]>([
    [['about.html', 'index.html', 'css/a.css'], 'index.html'],
    [['INDEX.HTM', 'z.html'], 'INDEX.HTM'],
    [['course/index.html', 'course/page2.html', 'course/css/a.css'], 'course/index.html'],
    [['story.html', 'assets/a.png'], 'story.html'],
    [['b/deep/z.html', 'a/y.html', 'a/x.html'], 'a/x.html'],
    [['a/index.html', 'b/index.html'], 'a/index.html'],
    [['__MACOSX/index.html', 'real/start.html'], 'real/start.html'],
    [['.hidden/index.html', 'other/start.htm'], 'other/start.htm'],
    [['readme.txt', 'app.js'], undefined],
    [[], undefined]
  ])('in %j is %s', (paths, expected) => {
    expect(findEntryPage(paths)).toBe(expected);
  });
});

describe('c/htmlPackage: references', () => {
  it('resolves relative, root-relative and encoded paths', () => {
    expect(resolveReference('site/index.html', 'css/a.css')).toEqual({
      kind: 'package',
      path: 'site/css/a.css',
      fragment: ''
    });
    expect(resolveReference('site/css/a.css', '../img/b%20c.png?v=2#x')).toEqual({
      kind: 'package',
      path: 'site/img/b c.png',
      fragment: '#x'
    });
    expect(resolveReference('site/deep/index.html', '/img/b.png', 'site')).toEqual({
      kind: 'package',
      path: 'site/img/b.png',
      fragment: ''
    });
  });

  it.each([
    '#top',
    'https://cdn.example.com/lib.js',
    'http://example.com/a.png',
    '//fonts.example.com/font.css',
    'data:image/png;base64,AAAA',
    'mailto:team@example.com',
    '',
    '   ',
    '?only=query'
  ])('leaves %s as it is', (reference) => {
    expect(resolveReference('index.html', reference)).toEqual({ kind: 'keep' });
  });

  it.each([
    // eslint-disable-next-line no-script-url -- a reference the package must not keep
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    'file:///etc/passwd',
    'vbscript:msgbox',
    'blob:https://org.example/1',
    '../../secret.txt',
    '%2e%2e/%2e%2e/secret.txt',
    'a%00.png',
    '%E0%A4%A.png'
  ])('blocks %j', (reference) => {
    expect(resolveReference('index.html', reference)).toEqual({ kind: 'blocked' });
  });
});

describe('c/htmlPackage: MIME types and base64', () => {
  it.each([
    ['a/b.CSS', 'text/css'],
    ['x.js', 'text/javascript'],
    ['x.woff2', 'font/woff2'],
    ['x.svg', 'image/svg+xml'],
    ['x.JPEG', 'image/jpeg'],
    ['x.mp4', 'video/mp4'],
    ['folder.v2/file', 'application/octet-stream'],
    ['x.unknown', 'application/octet-stream']
  ])('%s is %s', (path, mime) => {
    expect(mimeTypeOf(path)).toBe(mime);
  });

  it.each([0, 1, 2, 3, 4, 5, 100, 10000])('encodes %i bytes like Buffer does', (length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) % 256);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('c/htmlPackage: the self-contained document', () => {
  const PAGE = `<!DOCTYPE html><html><head><title>Quiz</title>
    <base href="https://evil.example/">
    <link rel="stylesheet" href="css/site.css">
    <link rel="stylesheet" href="https://cdn.example.com/x.css">
    <style>body { background: url('img/bg.png') }</style>
    <script src="js/app.js"></script>
    <script src="https://cdn.example.com/lib.js"></script>
  </head><body>
    <img id="logo" src="img/logo.png" alt="Logo">
    <img id="gone" src="img/missing.png" alt="">
    <img id="escape" src="../../../etc/passwd" alt="">
    <img id="set" srcset="img/logo.png 1x,img/bg.png 2x" alt="">
    <div id="styled" style="background-image: url(img/bg.png)"></div>
    <a id="jump" href="#part2">Part 2</a>
    <a id="bad" href="javascript:alert(1)">bad</a>
    <video id="clip" src="media/clip.mp4" poster="img/logo.png"></video>
    <svg><image id="pic" href="img/logo.png"></image></svg>
    <p>Ünïcödé ✓</p>
  </body></html>`;

  const PACKAGE = {
    'index.html': PAGE,
    'css/site.css': `@import "base.css";\nh1 { background: url("../img/bg.png") }\n@font-face { src: url(../fonts/f.woff2) format("woff2") }\n.x { background: url(https://cdn.example.com/a.png) }`,
    'css/base.css': 'p { color: rgb(1, 2, 3) }',
    'js/app.js': 'document.body.dataset.ready = "</script>";',
    'img/logo.png': Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 1, 2, 3),
    'img/bg.png': Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 9),
    'fonts/f.woff2': Uint8Array.of(0x77, 0x4f, 0x46, 0x32),
    'media/clip.mp4': Uint8Array.of(0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70)
  };

  const built = buildPackageDocument(files(PACKAGE), tools);
  const doc = parsed(built.html);

  it("starts with a doctype and drops the package's base", () => {
    expect(built.entryPath).toBe('index.html');
    expect(built.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelectorAll('base')).toHaveLength(0);
  });

  it('inlines stylesheets with their url() and @import references', () => {
    const links = doc.querySelectorAll('link[rel="stylesheet"]');
    const css = dataText(links[0]!.getAttribute('href'));
    expect(links[0]!.getAttribute('href')).toMatch(/^data:text\/css;charset=utf-8;base64,/);
    expect(css).toContain('@import url("data:text/css');
    expect(css).toMatch(/h1 \{ background: url\("data:image\/png;base64,/);
    expect(css).toContain('url("data:font/woff2;base64,');
    expect(css).toContain('url(https://cdn.example.com/a.png)');
    const imported = /@import url\("([^"]+)"\)/.exec(css)![1];
    expect(dataText(imported)).toBe('p { color: rgb(1, 2, 3) }');
    expect(links[1]!.getAttribute('href')).toBe('https://cdn.example.com/x.css');
    expect(doc.querySelector('style')!.textContent).toMatch(/url\("data:image\/png;base64,/);
    expect(doc.getElementById('styled')!.getAttribute('style')).toMatch(/url\("data:image\/png;base64,/);
  });

  it('inlines scripts as data: URIs (their text is never pasted into markup) and keeps remote ones', () => {
    const scripts = doc.querySelectorAll('script');
    expect(dataText(scripts[0]!.getAttribute('src'))).toBe('document.body.dataset.ready = "</script>";');
    expect(scripts[1]!.getAttribute('src')).toBe('https://cdn.example.com/lib.js');
  });

  it('inlines pictures, srcset, posters, media and SVG images', () => {
    const logo = doc.getElementById('logo')!.getAttribute('src')!;
    expect(logo).toBe(`data:image/png;base64,${Buffer.from(PACKAGE['img/logo.png']).toString('base64')}`);
    expect(doc.getElementById('set')!.getAttribute('srcset')).toMatch(
      /^data:image\/png;base64,\S+ 1x, data:image\/png;base64,\S+ 2x$/
    );
    expect(doc.getElementById('clip')!.getAttribute('src')).toMatch(/^data:video\/mp4;base64,/);
    expect(doc.getElementById('clip')!.getAttribute('poster')).toBe(logo);
    expect(doc.getElementById('pic')!.getAttribute('href')).toBe(logo);
  });

  it('removes references to missing files, files outside the package and blocked schemes', () => {
    expect(doc.getElementById('gone')!.hasAttribute('src')).toBe(false);
    expect(doc.getElementById('escape')!.hasAttribute('src')).toBe(false);
    expect(built.missing).toEqual(['img/missing.png']);
    expect(built.blocked).toEqual(['../../../etc/passwd']);
    expect(built.html).not.toContain('evil.example');
  });

  it('leaves links alone (fragments work; javascript: only runs inside the sandbox)', () => {
    expect(doc.getElementById('jump')!.getAttribute('href')).toBe('#part2');
  });

  it('keeps the text as UTF-8', () => {
    expect(doc.querySelector('p')!.textContent).toBe('Ünïcödé ✓');
  });

  it('finds files whatever the case of the reference', () => {
    const result = buildPackageDocument(
      files({ 'Index.html': '<img src="IMG/Logo.PNG">', 'img/logo.png': Uint8Array.of(1) }),
      tools
    );
    expect(parsed(result.html).querySelector('img')!.getAttribute('src')).toBe('data:image/png;base64,AQ==');
    expect(result.missing).toEqual([]);
  });

  it('resolves root-relative references inside a single top folder', () => {
    const result = buildPackageDocument(
      files({ 'site/index.html': '<script src="/js/a.js"></script>', 'site/js/a.js': 'x=1' }),
      tools
    );
    expect(result.entryPath).toBe('site/index.html');
    expect(dataText(parsed(result.html).querySelector('script')!.getAttribute('src'))).toBe('x=1');
  });

  it('stops stylesheets that import themselves', () => {
    const result = buildPackageDocument(
      files({ 'index.html': '<link rel="stylesheet" href="a.css">', 'a.css': '@import "a.css"; b { c: d }' }),
      tools
    );
    expect(result.html.length).toBeLessThan(20000);
  });

  it('serializes as the browser does (void elements, raw text, entities, SVG case, templates, comments)', () => {
    const source =
      '<!DOCTYPE html><html lang="en"><head><!-- c --><style>a > b { content: "&" }</style></head><body>' +
      '<p title="a &quot;b&quot; &amp; c">x &lt; y &amp; z\u00a0</p><br><input value="1">' +
      '<svg viewBox="0 0 1 1"><foreignObject><div>in</div></foreignObject><feImage></feImage></svg>' +
      '<template><b>t</b></template><script>if (a < b && c > d) {}</script></body></html>';
    // What the browser's own serializer writes for it (checked against outerHTML in jsdom).
    expect(serializeDocument(parsed(source))).toBe(
      '<!DOCTYPE html>\n<html lang="en"><head><!-- c --><style>a > b { content: "&" }</style></head><body>' +
        '<p title="a &quot;b&quot; &amp; c">x &lt; y &amp; z&nbsp;</p><br><input value="1">' +
        '<svg viewBox="0 0 1 1"><foreignObject><div>in</div></foreignObject><feImage></feImage></svg>' +
        '<template><b>t</b></template><script>if (a < b && c > d) {}</script></body></html>'
    );
  });

  it('gives a page without markup a document', () => {
    const result = buildPackageDocument(files({ 'page.htm': 'Hello' }), tools);
    expect(result.html).toMatch(/^<!DOCTYPE html>\n<html><head><\/head><body>Hello/);
  });

  it('refuses a package without a page, and a document over the limit', () => {
    expect(errorOf(() => buildPackageDocument(files({ 'a.js': 'x' }), tools)).code).toBe('no-page');
    const limits: HtmlPackageLimits = { ...HTML_PACKAGE_LIMITS, maxDocumentChars: 100 };
    const error = errorOf(() =>
      buildPackageDocument(
        files({ 'index.html': '<img src="a.png">', 'a.png': new Uint8Array(500) }),
        tools,
        limits
      )
    );
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('Download it');
  });
});

describe('c/htmlPackage: unpacking', () => {
  it('unpacks a package into its page', () => {
    const result = packageDocumentOf(
      zip({
        'course/index.html': '<link rel="stylesheet" href="s.css"><script src="a.js"></script><h1>Hi</h1>',
        'course/s.css': 'h1 { color: red }',
        'course/a.js': 'document.title = "x";',
        'course/': new Uint8Array(0),
        '__MACOSX/course/._s.css': 'junk',
        'course/.DS_Store': 'junk'
      }),
      unzip,
      tools
    );
    expect(result.entryPath).toBe('course/index.html');
    expect(parsed(result.html).querySelector('h1')!.textContent).toBe('Hi');
    expect(result.missing).toEqual([]);
  });

  it('ignores entries whose names climb out of the package (zip slip)', () => {
    const unpacked = unpackFiles(zip({ '../../evil.html': '<b>x</b>', 'index.html': 'ok' }), unzip);
    expect([...unpacked.keys()]).toEqual(['index.html']);
  });

  it.each([
    ['not a zip', strToU8('this is not a zip file at all')],
    ['a truncated zip', zip({ 'index.html': 'x'.repeat(1000) }).subarray(0, 60)],
    ['nothing', new Uint8Array(0)]
  ])('calls %s corrupt', (_label, bytes) => {
    const error = errorOf(() => unpackFiles(bytes, unzip));
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain("can't be opened");
  });

  it('refuses a package without a page before inflating anything', () => {
    const spy = jest.fn(unzip);
    expect(errorOf(() => unpackFiles(zip({ 'a.js': 'x', 'b.css': 'y' }), spy)).code).toBe('no-page');
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('refuses a zip over the size limit without reading it', () => {
    const spy = jest.fn(unzip);
    const limits = { ...HTML_PACKAGE_LIMITS, maxZipBytes: 10 };
    const error = errorOf(() => unpackFiles(zip({ 'index.html': 'x' }), spy, limits));
    expect(error.code).toBe('too-large');
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses too many files', () => {
    const entries = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.html`, 'x']));
    const error = errorOf(() => unpackFiles(zip(entries), unzip, { ...HTML_PACKAGE_LIMITS, maxFiles: 10 }));
    expect(error.code).toBe('too-many-files');
    expect(error.message).toBe(
      'This package has 12 files; packages with up to 10 files play here. Download it to open it.'
    );
  });

  it('refuses a zip bomb from its directory, before inflating', () => {
    const bomb = zipSync({ 'index.html': new Uint8Array(3 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20000);
    const spy = jest.fn(unzip);
    const limits = { ...HTML_PACKAGE_LIMITS, maxUnpackedBytes: 1024 * 1024 };
    const error = errorOf(() => unpackFiles(bomb, spy, limits));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(
      'This package unpacks to 3 MB; packages up to 1 MB unpacked play here. Download it to open it.'
    );
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
