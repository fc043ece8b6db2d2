import type { FileCheck } from '@salesforce/apex/CourseBuilderController';
import { DeckError, type DeckText } from 'c/deckReader';
import { DEFAULT_LIMITS } from 'c/courseMedia';
import {
  type FileSource,
  type PlanReaders,
  type PlannedFile,
  applyPlanLimits,
  decideUpload,
  describePlannedFile,
  matchUploads,
  planFile,
  sectionCountOf
} from 'c/courseUploadPlan';

const MB = 1024 * 1024;
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function source(name: string, content: number[] | string = [1, 2, 3], size?: number): FileSource {
  const data =
    typeof content === 'string' ? Uint8Array.from(content, (c) => c.charCodeAt(0)) : Uint8Array.from(content);
  return {
    name,
    size: size ?? data.length,
    bytes: jest.fn(async () => data),
    head: jest.fn(async (count: number) => data.slice(0, count))
  };
}

const slides = (...titles: string[]): DeckText => ({
  format: 'pptx',
  textAvailable: true,
  slides: titles.map((title, i) => ({
    index: i + 1,
    title: title.replace(/^hidden:/, ''),
    text: `Body ${i + 1}`,
    notes: `Notes ${i + 1}`,
    hidden: title.startsWith('hidden:')
  }))
});

function readers(deck?: DeckText | Error, zip: string[] | Error = ['index.html']): PlanReaders {
  return {
    readDeck: jest.fn(async () => {
      if (deck instanceof Error) throw deck;
      if (!deck) throw new Error('not expected');
      return deck;
    }),
    listZip: jest.fn(() => {
      if (zip instanceof Error) throw zip;
      return zip;
    })
  };
}

describe('planFile', () => {
  it('reads a deck: every slide with its page number, title, text and notes', async () => {
    const entry = await planFile(
      source('Q3.pptx'),
      DEFAULT_LIMITS,
      readers(slides('Welcome', 'hidden:Backup', 'Plan'))
    );
    expect(entry).toMatchObject({
      name: 'Q3.pptx',
      kind: 'deck',
      mediaType: 'Slide_Page',
      status: 'ready',
      pageCount: 3
    });
    expect(entry.slides?.map((s) => [s.pageNumber, s.title, s.hidden])).toEqual([
      [1, 'Welcome', false],
      [2, 'Backup', true],
      [3, 'Plan', false]
    ]);
    expect(sectionCountOf(entry, false)).toBe(2);
    expect(sectionCountOf(entry, true)).toBe(3);
    expect(describePlannedFile(entry, false)).toBe('2 slides (1 hidden slide left out): Welcome, Plan');
    expect(describePlannedFile(entry, true)).toBe('3 slides: Welcome, Backup, Plan');
  });

  it('names the first three titles of a long deck, and counts pages of a PDF', async () => {
    const deck = await planFile(source('long.pptx'), DEFAULT_LIMITS, readers(slides('A', 'B', '', 'C', 'D')));
    expect(describePlannedFile(deck, false)).toBe('5 slides: A, B, C …');
    const pdf = await planFile(
      source('doc.pdf'),
      DEFAULT_LIMITS,
      readers({ ...slides('One'), format: 'pdf' })
    );
    expect(describePlannedFile(pdf, false)).toBe('1 page: One');
  });

  it('refuses a deck c/deckReader cannot read, with its message', async () => {
    const error = new DeckError('password-protected', 'secret.pdf', '"secret.pdf" is password-protected.');
    const entry = await planFile(source('secret.pdf'), DEFAULT_LIMITS, readers(error));
    expect(entry).toMatchObject({ status: 'refused', message: '"secret.pdf" is password-protected.' });
    expect(describePlannedFile(entry, false)).toBe('"secret.pdf" is password-protected.');
    expect(sectionCountOf(entry, false)).toBe(0);
  });

  it('leaves a legacy .ppt and Word files to Salesforce to count', async () => {
    const legacy: DeckText = {
      format: 'ppt',
      textAvailable: false,
      slides: [],
      notice: '"old.ppt" is a PowerPoint 97–2003 file.'
    };
    const ppt = await planFile(source('old.ppt'), DEFAULT_LIMITS, readers(legacy));
    expect(ppt.status).toBe('ready');
    expect(ppt.slides).toBeUndefined();
    expect(ppt.message).toBe(
      '"old.ppt" is a PowerPoint 97–2003 file. Salesforce counts its pages after the upload.'
    );
    expect(sectionCountOf(ppt, false)).toBeUndefined();
    const wordReaders = readers();
    const word = await planFile(source('memo.docx'), DEFAULT_LIMITS, wordReaders);
    expect(word).toMatchObject({ status: 'ready', kind: 'document' });
    expect(describePlannedFile(word, false)).toContain('Salesforce counts the pages after the upload');
    expect(wordReaders.readDeck).not.toHaveBeenCalled();
  });

  it('falls back to Salesforce when the browser cannot read a deck for another reason', async () => {
    const entry = await planFile(
      source('q.pdf'),
      DEFAULT_LIMITS,
      readers(new Error('pdf.js failed to load'))
    );
    expect(entry.status).toBe('ready');
    expect(entry.message).toContain("couldn't be read here");
  });

  it('refuses by type and size before reading anything', async () => {
    const huge = source('big.pptx', [1], 101 * MB);
    const noReaders = readers();
    expect(await planFile(huge, DEFAULT_LIMITS, noReaders)).toMatchObject({
      status: 'refused',
      message: '"big.pptx" is 101 MB; files can be at most 100 MB. Make it smaller and upload it again.'
    });
    expect((await planFile(source('x.svg'), DEFAULT_LIMITS, noReaders)).message).toContain(
      'SVG images can contain scripts'
    );
    expect(huge.bytes).not.toHaveBeenCalled();
    expect(noReaders.readDeck).not.toHaveBeenCalled();
  });

  it('checks pictures and videos by their first bytes only', async () => {
    const picture = source('logo.png', PNG);
    expect(await planFile(picture, DEFAULT_LIMITS, readers())).toMatchObject({
      status: 'ready',
      mediaType: 'Image'
    });
    expect(picture.bytes).not.toHaveBeenCalled();
    expect((await planFile(source('fake.png', 'GIF89a'), DEFAULT_LIMITS, readers())).status).toBe('refused');
    const entry = await planFile(source('logo.png', PNG), DEFAULT_LIMITS, readers());
    expect(describePlannedFile(entry, false)).toBe('1 image section');
  });

  it('needs a zip with a web page for an HTML package', async () => {
    const zip = [0x50, 0x4b, 0x03, 0x04, 0, 0];
    expect(
      await planFile(source('p.zip', zip), DEFAULT_LIMITS, readers(undefined, ['index.html']))
    ).toMatchObject({
      status: 'ready',
      mediaType: 'HTML'
    });
    expect(
      (await planFile(source('p.zip', zip), DEFAULT_LIMITS, readers(undefined, ['a.js']))).message
    ).toContain('has no web page in it');
    expect(
      (await planFile(source('p.zip', zip), DEFAULT_LIMITS, readers(undefined, new Error('bad zip')))).message
    ).toContain("isn't a valid zip file");
  });
});

describe('applyPlanLimits', () => {
  const ready = (name: string, pages = 1): PlannedFile => ({
    key: name,
    name,
    size: 10,
    kind: pages > 1 ? 'deck' : 'picture',
    status: 'ready',
    slides:
      pages > 1
        ? Array.from({ length: pages }, (_, i) => ({ pageNumber: i + 1, title: `S${i + 1}`, hidden: false }))
        : undefined
  });

  it('refuses a second file of the same name (uploads are matched by name)', () => {
    const plan = applyPlanLimits([ready('a.png'), ready('A.PNG')], 0, DEFAULT_LIMITS, false);
    expect(plan.map((e) => e.status)).toEqual(['ready', 'refused']);
    expect(plan[1]?.message).toBe('"A.PNG" was chosen twice. Add each file once.');
  });

  it('keeps at most maxFilesPerRequest files', () => {
    const files = Array.from({ length: 22 }, (_, i) => ready(`f${i}.png`));
    const plan = applyPlanLimits(files, 0, DEFAULT_LIMITS, false);
    expect(plan.filter((e) => e.status === 'ready')).toHaveLength(20);
    expect(plan[21]?.message).toBe('"f21.png" was left out: add at most 20 files at a time.');
  });

  it('refuses what would not fit in the course', () => {
    const plan = applyPlanLimits([ready('a.pptx', 8), ready('b.pptx', 5)], 488, DEFAULT_LIMITS, false);
    expect(plan.map((e) => e.status)).toEqual(['ready', 'refused']);
    expect(plan[1]?.message).toContain('This would give the course 501 sections');
  });
});

describe('matchUploads and decideUpload', () => {
  const deck: PlannedFile = {
    key: 'k1',
    name: 'Q3.pptx',
    size: 100,
    kind: 'deck',
    status: 'ready',
    pageCount: 3,
    slides: [
      { pageNumber: 1, title: 'Welcome', text: 'a', notes: 'n', hidden: false },
      { pageNumber: 2, title: 'Backup', text: '', notes: '', hidden: true },
      { pageNumber: 3, title: 'Plan', text: 'c', notes: '', hidden: false }
    ]
  };
  const refused: PlannedFile = {
    key: 'k2',
    name: 'bad.pdf',
    size: 5,
    kind: 'document',
    status: 'refused',
    message: 'Damaged.'
  };
  const check = (id: string, fields: Partial<FileCheck> = {}): FileCheck => ({
    contentDocumentId: id,
    fileName: 'x',
    multiPage: true,
    status: 'Ready',
    ...fields
  });

  it('pairs uploads with the plan by name, in the order the files were chosen', () => {
    const matches = matchUploads(
      [deck, refused],
      [
        { name: 'other.png', documentId: '069A' },
        { name: 'bad.pdf', documentId: '069B' },
        { name: 'q3.PPTX', documentId: '069C' }
      ]
    );
    expect(matches.map((m) => [m.upload.documentId, m.entry?.key])).toEqual([
      ['069C', 'k1'],
      ['069B', 'k2'],
      ['069A', undefined]
    ]);
  });

  it('adds a read deck with its slides (hidden ones only when asked)', () => {
    const outcome = decideUpload(
      { upload: { name: 'Q3.pptx', documentId: '069C' }, entry: deck },
      check('069C', { sizeBytes: 100 }),
      false
    );
    expect(outcome).toEqual({
      action: 'add',
      documentId: '069C',
      name: 'x',
      sections: 2,
      file: {
        contentDocumentId: '069C',
        pageCount: 3,
        slides: [
          { pageNumber: 1, title: 'Welcome', text: 'a', notes: 'n' },
          { pageNumber: 3, title: 'Plan', text: 'c', notes: '' }
        ]
      }
    });
    const all = decideUpload(
      { upload: { name: 'Q3.pptx', documentId: '069C' }, entry: deck },
      check('069C'),
      true
    );
    expect(all.action === 'add' && all.file.slides?.length).toBe(3);
  });

  it('refuses what the plan or the server refused', () => {
    expect(
      decideUpload(
        { upload: { name: 'bad.pdf', documentId: '069B' }, entry: refused },
        check('069B', { sizeBytes: 5 }),
        false
      )
    ).toEqual({
      action: 'refuse',
      documentId: '069B',
      name: 'x',
      message: 'Damaged.'
    });
    expect(
      decideUpload(
        { upload: { name: 'a.exe', documentId: '069D' } },
        check('069D', { status: 'Invalid', message: 'No.' }),
        false
      )
    ).toMatchObject({ action: 'refuse', message: 'No.' });
    expect(decideUpload({ upload: { name: 'a.pdf', documentId: '069E' } }, undefined, false)).toMatchObject({
      action: 'refuse',
      message: '"a.pdf" wasn\'t found, or you don\'t have access to it. Upload it again.'
    });
  });

  it('does not use what was read from another file that has the same name', () => {
    const outcome = decideUpload(
      { upload: { name: 'Q3.pptx', documentId: '069C' }, entry: deck },
      check('069C', { sizeBytes: 999, pageCount: 7 }),
      false
    );
    expect(outcome).toEqual({
      action: 'add',
      documentId: '069C',
      name: 'x',
      sections: 7,
      file: { contentDocumentId: '069C', pageCount: 7 }
    });
  });

  it('waits while Salesforce prepares the pages, and refuses what it cannot show', () => {
    expect(
      decideUpload(
        { upload: { name: 'old.ppt', documentId: '069F' } },
        check('069F', { status: 'Preparing' }),
        false
      )
    ).toMatchObject({
      action: 'wait',
      message: 'Salesforce is preparing the pages of "x".'
    });
    expect(
      decideUpload(
        { upload: { name: 'old.ppt', documentId: '069F' } },
        check('069F', { status: 'NoPreview', message: 'Cannot.' }),
        false
      )
    ).toMatchObject({ action: 'refuse', message: 'Cannot.' });
  });

  it('adds single files as they are', () => {
    expect(
      decideUpload(
        { upload: { name: 'logo.png', documentId: '069G' } },
        check('069G', { multiPage: false, mediaType: 'Image' }),
        false
      )
    ).toEqual({
      action: 'add',
      documentId: '069G',
      name: 'x',
      sections: 1,
      file: { contentDocumentId: '069G' }
    });
  });
});
