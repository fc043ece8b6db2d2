import './lwcSource';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inspect } from '../inspect';
import { buildLegacyPpt, buildPptx, sp } from '../__fixtures__/ooxml';

describe('deck:inspect CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deck-inspect-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, bytes: Uint8Array | string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };

  it('prints exactly the JSON contract, pretty, with a trailing newline', async () => {
    const file = write(
      'talk.pptx',
      buildPptx({
        slides: [
          {
            shapes: [sp({ id: 2, name: 'Title', ph: { type: 'title' }, paragraphs: ['Hello'] })],
            hidden: true,
            notes: [sp({ id: 3, name: 'Notes', ph: { type: 'body', idx: '1' }, paragraphs: ['Psst'] })]
          }
        ]
      })
    );
    const result = await inspect([file]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${JSON.stringify({ format: 'pptx', slides: [{ index: 1, title: 'Hello', text: '', notes: 'Psst' }] }, null, 2)}\n`
    );
    expect(Object.keys(JSON.parse(result.stdout).slides[0])).toEqual(['index', 'title', 'text', 'notes']);
  });

  it('exits 1 with the human message, and no stack trace, for a deck that cannot be read', async () => {
    const result = await inspect([write('broken.pptx', 'PK\u0003\u0004 not really a zip')]);
    expect(result).toEqual({
      exitCode: 1,
      stdout: '',
      stderr:
        '"broken.pptx" can\'t be opened: it isn\'t a valid PowerPoint file, or it is damaged or incomplete. ' +
        'Export or download it again and upload the new copy.\n'
    });
  });

  it('exits 2 with the notice for a legacy .ppt', async () => {
    const result = await inspect([write('old.ppt', buildLegacyPpt())]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('is a PowerPoint 97–2003 file');
  });

  it('applies limits passed as options', async () => {
    const result = await inspect(
      [write('limit.pptx', buildPptx({ slides: [{ shapes: [] }, { shapes: [] }] }))],
      {
        maxPages: 1
      }
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('has 2 slides; a course can have at most 1');
  });

  it('explains usage and missing files', async () => {
    expect(await inspect([])).toMatchObject({ exitCode: 1, stderr: expect.stringContaining('Usage:') });
    expect(await inspect(['--help'])).toMatchObject({
      exitCode: 0,
      stdout: expect.stringContaining('Usage:')
    });
    expect(await inspect([path.join(dir, 'nope.pptx')])).toMatchObject({
      exitCode: 1,
      stderr: expect.stringContaining('does not exist')
    });
    expect(await inspect([dir])).toMatchObject({
      exitCode: 1,
      stderr: expect.stringContaining('is a folder')
    });
  });
});
