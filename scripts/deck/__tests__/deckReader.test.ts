import './lwcSource';
import { strToU8 } from 'fflate';
import {
  DeckError,
  MAX_BYTES,
  MAX_PAGES,
  detectDeckFormat,
  isDeckError,
  readDeck
} from '../../../force-app/main/courses/lwc/deckReader/deckReader';
import {
  NS,
  buildCompoundFile,
  buildEncryptedOoxml,
  buildLegacyPpt,
  buildPptx,
  presentationParts,
  sp,
  zipParts
} from '../__fixtures__/ooxml';
import { powerPointStyle } from '../__fixtures__/make-fixtures';
import {
  contract,
  defineTitleAndBody,
  handWrittenPdf,
  nodeLibraries,
  passwordProtectedPdf,
  pdfWith,
  pptxgen,
  read
} from './helpers';

const titled = (title: string, body: string[] = [], notes?: string[]) => ({
  shapes: [
    sp({ id: 2, name: 'Title 1', ph: { type: 'title' }, paragraphs: [title] }),
    ...(body.length ? [sp({ id: 3, name: 'Content 2', ph: { idx: '1' }, paragraphs: body })] : [])
  ],
  notes: notes && [
    sp({ id: 2, name: 'Slide Image', ph: { type: 'sldImg' } }),
    sp({ id: 3, name: 'Notes', ph: { type: 'body', idx: '1' }, paragraphs: notes })
  ]
});

async function rejection(promise: Promise<unknown>): Promise<DeckError> {
  try {
    await promise;
  } catch (error) {
    if (isDeckError(error)) return error;
    throw error;
  }
  throw new Error('Expected a DeckError');
}

describe('readDeck: PowerPoint decks made with pptxgenjs', () => {
  it('reads titles, bodies, notes and tables', async () => {
    const bytes = await pptxgen((pptx) => {
      defineTitleAndBody(pptx);
      const first = pptx.addSlide({ masterName: 'TITLE_AND_BODY' });
      first.addText('Welcome', { placeholder: 'title' });
      first.addText(
        [
          { text: 'First point', options: { bullet: true, breakLine: true } },
          { text: 'Second point', options: { bullet: true } }
        ],
        { placeholder: 'body' }
      );
      first.addNotes('Say hello.\nThen introduce the team.');
      const second = pptx.addSlide({ masterName: 'TITLE_AND_BODY' });
      second.addText('Results', { placeholder: 'title' });
      second.addTable(
        [
          [{ text: 'Metric' }, { text: 'Value' }],
          [{ text: 'NPS' }, { text: '61' }]
        ],
        { x: 1, y: 2, w: 6 }
      );
    });
    const deck = await read(bytes, 'made.pptx');
    expect(deck.format).toBe('pptx');
    expect(contract(deck)).toEqual([
      {
        index: 1,
        title: 'Welcome',
        text: 'First point\nSecond point',
        notes: 'Say hello.\nThen introduce the team.'
      },
      { index: 2, title: 'Results', text: 'Metric\tValue\nNPS\t61', notes: '' }
    ]);
  });

  it('keeps 60 slides in order', async () => {
    const bytes = await pptxgen((pptx) => {
      defineTitleAndBody(pptx);
      for (let n = 1; n <= 60; n++) {
        const slide = pptx.addSlide({ masterName: 'TITLE_AND_BODY' });
        slide.addText(`Slide ${n}`, { placeholder: 'title' });
        slide.addText(`Body ${n}`, { placeholder: 'body' });
      }
    });
    const deck = await read(bytes, 'sixty.pptx');
    expect(deck.slides).toHaveLength(60);
    expect(deck.slides.map((slide) => `${slide.index}:${slide.title}:${slide.text}`)).toEqual(
      Array.from({ length: 60 }, (_, i) => `${i + 1}:Slide ${i + 1}:Body ${i + 1}`)
    );
  });

  it('decodes entities and keeps Unicode (CJK, emoji, RTL)', async () => {
    const bytes = await pptxgen((pptx) => {
      const slide = pptx.addSlide();
      slide.addText('R&D <beta> "quoted" \'single\'', { x: 1, y: 0.5, w: 8, h: 1 });
      slide.addText('日本語のスライド 🚀 — שלום', { x: 1, y: 2, w: 8, h: 1 });
      slide.addNotes('Ünïcödé & <notes>');
    });
    const deck = await read(bytes, 'unicode.pptx');
    expect(contract(deck)).toEqual([
      {
        index: 1,
        title: 'R&D <beta> "quoted" \'single\'',
        text: '日本語のスライド 🚀 — שלום',
        notes: 'Ünïcödé & <notes>'
      }
    ]);
  });

  it('gives empty strings for an empty slide', async () => {
    const bytes = await pptxgen((pptx) => {
      pptx.addSlide().addText('Only slide with text', { x: 1, y: 1, w: 8, h: 1 });
      pptx.addSlide();
    });
    const deck = await read(bytes, 'empty-slide.pptx');
    expect(contract(deck)[1]).toEqual({ index: 2, title: '', text: '', notes: '' });
  });

  it('does not modify the bytes it reads', async () => {
    const bytes = await pptxgen((pptx) => pptx.addSlide().addText('Keep me', { x: 1, y: 1, w: 8, h: 1 }));
    const copy = bytes.slice();
    await read(bytes, 'same.pptx');
    expect(bytes).toEqual(copy);
  });
});

describe('readDeck: package structure', () => {
  it('orders slides by p:sldIdLst, not by file name', async () => {
    const bytes = buildPptx({
      slides: [titled('Second'), titled('Third'), titled('First')],
      order: [2, 0, 1]
    });
    expect((await read(bytes, 'order.pptx')).slides.map((slide) => slide.title)).toEqual([
      'First',
      'Second',
      'Third'
    ]);
  });

  it('falls back to the slide relationships when there is no slide list', async () => {
    const parts = presentationParts({ slides: [titled('One'), titled('Two'), titled('Three')] });
    parts['ppt/presentation.xml'] = (parts['ppt/presentation.xml'] as string).replace(
      /<p:sldIdLst>.*<\/p:sldIdLst>/,
      ''
    );
    expect((await read(zipParts(parts), 'no-list.pptx')).slides.map((slide) => slide.title)).toEqual([
      'One',
      'Two',
      'Three'
    ]);
  });

  it('reads tables with merged cells, groups, SmartArt and equations in reading order', async () => {
    const deck = await read(powerPointStyle(), 'powerpoint.pptx');
    expect(deck.slides[1].text.split('\n')).toEqual([
      'Discover',
      'Build',
      'Launch',
      'E=mc2',
      'Region\tTotal',
      'EMEA\tQ1\t10',
      'Q2\t12'
    ]);
  });

  it('uses the first line of the first text shape when a slide has no title placeholder', async () => {
    const bytes = buildPptx({
      slides: [
        {
          shapes: [
            sp({
              id: 2,
              name: 'TextBox 1',
              textBox: true,
              paragraphs: ['Big statement', 'with a second line']
            }),
            sp({ id: 3, name: 'TextBox 2', textBox: true, paragraphs: ['Small print'] })
          ]
        }
      ]
    });
    expect(contract(await read(bytes, 'no-title.pptx'))[0]).toMatchObject({
      title: 'Big statement',
      text: 'with a second line\nSmall print'
    });
  });

  it('treats a bare <p:ph/> as body text and resolves an explicit idx through the layout', async () => {
    const bytes = buildPptx({
      layouts: [
        {
          name: 'Custom',
          shapes: [
            sp({ id: 2, name: 'Title', ph: { type: 'title', idx: '20' } }),
            sp({ id: 3, name: 'Number', ph: { type: 'sldNum', idx: '21' } })
          ]
        }
      ],
      slides: [
        {
          shapes: [
            sp({ id: 2, name: 'Outline', ph: {}, paragraphs: ['Bare placeholder text'] }),
            sp({ id: 3, name: 'Heading', ph: { idx: '20' }, paragraphs: ['Layout-derived title'] }),
            sp({ id: 4, name: 'Number', ph: { idx: '21' }, paragraphs: ['7'] })
          ]
        }
      ]
    });
    expect(contract(await read(bytes, 'layout.pptx'))[0]).toMatchObject({
      title: 'Layout-derived title',
      text: 'Bare placeholder text'
    });
  });

  it('flags hidden slides and keeps them in place', async () => {
    const bytes = buildPptx({
      slides: [titled('Shown'), { ...titled('Hidden'), hidden: true }, titled('Last')]
    });
    const deck = await read(bytes, 'hidden.pptx');
    expect(deck.slides.map((slide) => [slide.index, slide.title, slide.hidden])).toEqual([
      [1, 'Shown', false],
      [2, 'Hidden', true],
      [3, 'Last', false]
    ]);
  });

  it('reads Strict Open XML namespaces and relationship types', async () => {
    const parts = presentationParts({ slides: [titled('Strict title', ['Strict body'], ['Strict notes'])] });
    const strict: Record<string, string | Uint8Array> = {};
    for (const [name, content] of Object.entries(parts)) {
      strict[name] =
        typeof content === 'string'
          ? content
              .replaceAll(NS.p, 'http://purl.oclc.org/ooxml/presentationml/main')
              .replaceAll(NS.a, 'http://purl.oclc.org/ooxml/drawingml/main')
              .replaceAll(NS.r, 'http://purl.oclc.org/ooxml/officeDocument/relationships')
          : content;
    }
    expect(contract(await read(zipParts(strict), 'strict.pptx'))).toEqual([
      { index: 1, title: 'Strict title', text: 'Strict body', notes: 'Strict notes' }
    ]);
  });

  it('reads UTF-16 parts, absolute and differently-cased relationship targets', async () => {
    const parts = presentationParts({ slides: [titled('Ünïcode title')] });
    const rels = parts['ppt/_rels/presentation.xml.rels'] as string;
    parts['ppt/_rels/presentation.xml.rels'] = rels.replace(
      'Target="slides/slide1.xml"',
      'Target="/ppt/Slides/Slide1.xml"'
    );
    const slide = (parts['ppt/slides/slide1.xml'] as string).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    parts['ppt/slides/slide1.xml'] = Uint8Array.from([
      0xff,
      0xfe,
      ...new Uint8Array(Buffer.from(slide, 'utf16le'))
    ]);
    expect((await read(zipParts(parts), 'utf16.pptx')).slides[0].title).toBe('Ünïcode title');
  });

  it('ignores a notes part that is missing or damaged', async () => {
    const parts = presentationParts({ slides: [titled('A', [], ['Notes A']), titled('B', [], ['Notes B'])] });
    delete parts['ppt/notesSlides/notesSlide1.xml'];
    parts['ppt/notesSlides/notesSlide2.xml'] = '<p:notes><broken>';
    expect(contract(await read(zipParts(parts), 'notes.pptx')).map((slide) => slide.notes)).toEqual(['', '']);
  });
});

describe('readDeck: bad input', () => {
  it('refuses an empty file', async () => {
    const error = await rejection(read(new Uint8Array(0), 'nothing.pptx'));
    expect(error).toMatchObject({ code: 'empty', fileName: 'nothing.pptx' });
    expect(error.message).toBe('"nothing.pptx" is empty (0 bytes).');
  });

  it('refuses a deck with no slides', async () => {
    const error = await rejection(read(buildPptx({ slides: [] }), 'zero.pptx'));
    expect(error).toMatchObject({ code: 'empty', message: '"zero.pptx" has no slides.' });
  });

  it('refuses files over the size limit before reading them', async () => {
    const bytes = await pptxgen((pptx) => pptx.addSlide().addText('x', { x: 1, y: 1, w: 1, h: 1 }));
    const error = await rejection(read(bytes, 'big.pptx', { maxBytes: 1000 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^"big\.pptx" is [\d.]+ MB; files up to 0 MB can be read\.$/);
    const huge = new Uint8Array(MAX_BYTES + 1);
    expect(await rejection(read(huge, 'huge.pdf'))).toMatchObject({
      code: 'too-large',
      message: '"huge.pdf" is 100 MB; files up to 100 MB can be read.'
    });
  });

  it('refuses decks above the page limit (default 500)', async () => {
    expect(MAX_PAGES).toBe(500);
    const many = buildPptx({ slides: Array.from({ length: 501 }, (_, i) => titled(`S${i + 1}`)) });
    expect(await rejection(read(many, 'many.pptx'))).toMatchObject({
      code: 'too-many-pages',
      message:
        '"many.pptx" has 501 slides; a course can have at most 500. Split the deck and upload the parts.'
    });
    const three = buildPptx({ slides: [titled('1'), titled('2'), titled('3')] });
    expect((await rejection(read(three, 'three.pptx', { maxPages: 2 }))).code).toBe('too-many-pages');
    await expect(read(three, 'three.pptx', { maxPages: 3 })).resolves.toMatchObject({ format: 'pptx' });
  });

  it('refuses a package that inflates to too much XML', async () => {
    const bytes = buildPptx({ slides: [titled('A')] });
    expect((await rejection(read(bytes, 'bomb.pptx', { maxXmlBytes: 2000 }))).code).toBe('too-large');
  });

  it('reports truncated and garbled PowerPoint files as corrupt', async () => {
    const bytes = await pptxgen((pptx) => pptx.addSlide().addText('x', { x: 1, y: 1, w: 1, h: 1 }));
    const truncated = await rejection(read(bytes.slice(0, Math.floor(bytes.length / 2)), 'cut.pptx'));
    expect(truncated.code).toBe('corrupt');
    expect(truncated.message).toBe(
      '"cut.pptx" can\'t be opened: it isn\'t a valid PowerPoint file, or it is damaged or incomplete. ' +
        'Export or download it again and upload the new copy.'
    );
    expect(truncated.detail).toBeTruthy();
    const garbage = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251);
    expect((await rejection(read(garbage, 'noise.pptx'))).code).toBe('corrupt');
  });

  it('reports malformed slide XML, a dangling slide id and a missing slide part as corrupt', async () => {
    const malformed = presentationParts({ slides: [titled('A')] });
    malformed['ppt/slides/slide1.xml'] = `<p:sld xmlns:p="${NS.p}"><p:cSld><p:spTree></p:cSld></p:sld>`;
    expect((await rejection(read(zipParts(malformed), 'bad-xml.pptx'))).code).toBe('corrupt');

    const dangling = presentationParts({ slides: [titled('A')] });
    dangling['ppt/presentation.xml'] = (dangling['ppt/presentation.xml'] as string).replace(
      'r:id="rId10"',
      'r:id="rId99"'
    );
    expect((await rejection(read(zipParts(dangling), 'dangling.pptx'))).code).toBe('corrupt');

    const missing = presentationParts({ slides: [titled('A')] });
    delete missing['ppt/slides/slide1.xml'];
    expect((await rejection(read(zipParts(missing), 'missing.pptx'))).code).toBe('corrupt');
  });

  it('says which kind of unsupported file it was given', async () => {
    const docx = zipParts({
      '_rels/.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      'word/document.xml':
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    });
    expect(await rejection(read(docx, 'memo.docx'))).toMatchObject({
      code: 'unsupported-type',
      message: '"memo.docx" is a Word document, not a slide deck. Upload a PowerPoint (.pptx) or PDF file.'
    });
    const keynote = zipParts({ 'Index/Document.iwa': new Uint8Array(10), 'Metadata/Properties.plist': 'x' });
    expect((await rejection(read(keynote, 'talk.key'))).message).toContain('is a Keynote file');
    const odp = zipParts({
      mimetype: 'application/vnd.oasis.opendocument.presentation',
      'content.xml': '<x/>'
    });
    expect((await rejection(read(odp, 'talk.odp'))).message).toContain('OpenDocument');
    const plainZip = zipParts({ 'readme.txt': 'hello' });
    expect((await rejection(read(plainZip, 'photos.zip'))).code).toBe('unsupported-type');
    expect((await rejection(read(plainZip, 'renamed.pptx'))).code).toBe('corrupt');

    expect(await rejection(read(strToU8('just some notes'), 'notes.txt'))).toMatchObject({
      code: 'unsupported-type',
      message: '"notes.txt" isn\'t a presentation that can be read. Upload a PowerPoint (.pptx) or PDF file.'
    });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await rejection(read(png, 'photo.png'))).code).toBe('unsupported-type');
    expect((await rejection(read(png, 'photo.pdf'))).code).toBe('corrupt');
  });

  it('recognises encrypted Office files and legacy .ppt from the compound-file directory', async () => {
    expect(await rejection(read(buildEncryptedOoxml(), 'locked.pptx'))).toMatchObject({
      code: 'password-protected',
      message:
        '"locked.pptx" is password-protected. Save a copy without the password (or without restricted access) and upload that.'
    });
    const legacy = await read(buildLegacyPpt(), 'old.ppt');
    expect(legacy).toEqual({
      format: 'ppt',
      textAvailable: false,
      slides: [],
      notice:
        '"old.ppt" is a PowerPoint 97–2003 file, so its titles and notes can\'t be read here. ' +
        'It can still be uploaded; to prefill titles, save it as .pptx and upload that instead.'
    });
    const word = buildCompoundFile([{ name: 'WordDocument', data: new Uint8Array(5000) }]);
    expect((await rejection(read(word, 'old.doc'))).message).toContain('is a Word document');
    const broken = buildLegacyPpt().slice(0, 600);
    expect((await rejection(read(broken, 'broken.ppt'))).code).toBe('corrupt');
  });

  it('throws a programming error, not a DeckError, when a needed library is missing', async () => {
    const bytes = buildPptx({ slides: [titled('A')] });
    await expect(readDeck(bytes, 'a.pptx', {})).rejects.toThrow('needs libraries.unzip');
    await expect(readDeck(handWrittenPdf(1), 'a.pdf', {})).rejects.toThrow('needs libraries.pdfjs');
  });
});

describe('readDeck: PDF', () => {
  it('reads each page: title from the largest font, lines by position, page numbers dropped', async () => {
    const bytes = await pdfWith([
      [
        { text: 'Body line one', size: 14, y: 300 },
        { text: 'Quarterly Review', size: 32, y: 460, bold: true },
        { text: 'Body line two', size: 14, y: 270 },
        { text: '1', size: 10, x: 900, y: 20 }
      ],
      [
        { text: 'A title that wraps', size: 28, y: 460 },
        { text: 'onto a second line', size: 28, y: 426 },
        { text: 'Left', size: 14, x: 40, y: 300 },
        { text: 'Right', size: 14, x: 400, y: 300 },
        { text: '2', size: 10, x: 900, y: 20 }
      ],
      []
    ]);
    const deck = await read(bytes, 'deck.pdf');
    expect(deck.format).toBe('pdf');
    expect(contract(deck)).toEqual([
      { index: 1, title: 'Quarterly Review', text: 'Body line one\nBody line two', notes: '' },
      { index: 2, title: 'A title that wraps onto a second line', text: 'Left Right', notes: '' },
      { index: 3, title: '', text: '', notes: '' }
    ]);
  });

  it('takes the first line as the title when every line has the same size', async () => {
    const bytes = await pdfWith([
      [
        { text: 'First line', size: 12, y: 400 },
        { text: 'Second line', size: 12, y: 380 }
      ]
    ]);
    expect(contract(await read(bytes, 'plain.pdf'))[0]).toMatchObject({
      title: 'First line',
      text: 'Second line'
    });
  });

  it('refuses a PDF without pages', async () => {
    expect(await rejection(read(handWrittenPdf(0), 'blank.pdf'))).toMatchObject({
      code: 'empty',
      message: '"blank.pdf" has no pages.'
    });
    const noPages = await pdfWith([], { save: { addDefaultPage: false } });
    expect((await rejection(read(noPages, 'none.pdf'))).code).toBe('empty');
  });

  it('refuses a PDF above the page limit', async () => {
    expect(await rejection(read(handWrittenPdf(3), 'long.pdf', { maxPages: 2 }))).toMatchObject({
      code: 'too-many-pages',
      message: '"long.pdf" has 3 pages; a course can have at most 2. Split the deck and upload the parts.'
    });
  });

  it('reports a password-protected PDF', async () => {
    expect((await rejection(read(await passwordProtectedPdf(), 'secret.pdf'))).code).toBe(
      'password-protected'
    );
  });

  it('reports truncated and garbled PDFs as corrupt', async () => {
    const bytes = await pdfWith([[{ text: 'Hello', size: 20, y: 300 }]]);
    const truncated = await rejection(read(bytes.slice(0, 200), 'cut.pdf'));
    expect(truncated.code).toBe('corrupt');
    expect(truncated.message).toContain("it isn't a valid PDF file");
    const garbled = Uint8Array.from([
      ...strToU8('%PDF-1.7\n'),
      ...Array.from({ length: 3000 }, (_, i) => (i * 31) % 256)
    ]);
    expect((await rejection(read(garbled, 'noise.pdf'))).code).toBe('corrupt');
  });

  it("leaves the caller's bytes usable (pdf.js gets a copy)", async () => {
    const bytes = await pdfWith([[{ text: 'Hello', size: 20, y: 300 }]]);
    await read(bytes, 'copy.pdf');
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(Array.from(bytes.slice(0, 5))).toEqual(Array.from(strToU8('%PDF-')));
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await pdfWith([[{ text: 'From a buffer', size: 20, y: 300 }]]);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const deck = await readDeck(buffer as ArrayBuffer, 'buffer.pdf', await nodeLibraries());
    expect(deck.slides[0].title).toBe('From a buffer');
  });
});

describe('detectDeckFormat', () => {
  it('tells from the first bytes which library a file needs', async () => {
    expect(detectDeckFormat(buildPptx({ slides: [titled('A')] }))).toBe('pptx');
    expect(detectDeckFormat(handWrittenPdf(1))).toBe('pdf');
    expect(detectDeckFormat(buildLegacyPpt())).toBe('ppt');
    expect(detectDeckFormat(buildEncryptedOoxml())).toBe('ppt');
    expect(detectDeckFormat(strToU8('hello'))).toBeUndefined();
  });
});

describe('DeckError', () => {
  it('carries a code and the file name, and is recognised across boundaries', () => {
    const error = new DeckError('corrupt', 'a.pptx', 'message', 'detail');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'DeckError', code: 'corrupt', fileName: 'a.pptx', detail: 'detail' });
    expect(isDeckError(error)).toBe(true);
    expect(isDeckError({ name: 'DeckError', code: 'empty', message: 'x' })).toBe(true);
    expect(isDeckError(new Error('x'))).toBe(false);
  });
});
