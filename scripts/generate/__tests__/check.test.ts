import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkGenerated, firstDifferingLine } from '../check';
import { render } from '../render';
import { listGeneratedFiles, writeGenerated } from '../write';

const COURSE_STATUS = 'force-app/main/courses/objects/Course__c/fields/Status__c.field-meta.xml';
const VIEWER = 'force-app/main/app/permissionsets/Entatio_Viewer.permissionset-meta.xml';
const STALE = 'force-app/main/engagement/objects/Activity__c/fields/Old_Field__c.field-meta.xml';
const STALE_TAB = 'force-app/main/app/tabs/Old__c.tab-meta.xml';
const NOT_GENERATED = 'force-app/main/common/classes/Keep.cls';

describe('checkGenerated on a temporary tree', () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'entatio-generate-'));
    fs.writeFileSync(path.join(root, 'sfdx-project.json'), '{}');
    writeGenerated(render(), root);
    fs.mkdirSync(path.join(root, path.dirname(NOT_GENERATED)), { recursive: true });
    fs.writeFileSync(path.join(root, NOT_GENERATED), 'public class Keep {}\n');
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('a freshly generated tree has no findings', async () => {
    await expect(checkGenerated(root)).resolves.toEqual([]);
  });

  test('reports a hand-edited file with the first differing line', async () => {
    const file = path.join(root, COURSE_STATUS);
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('<label>Status</label>', '<label>State</label>')
    );
    const findings = await checkGenerated(root);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ check: 'generated', file: COURSE_STATUS });
    expect(findings[0].message).toMatch(/differs/);
    const expectedLine =
      render()
        .get(COURSE_STATUS)!
        .split('\n')
        .findIndex((l) => l.includes('<label>Status</label>')) + 1;
    expect(findings[0].line).toBe(expectedLine);
  });

  test('reports a missing file', async () => {
    fs.rmSync(path.join(root, VIEWER));
    const findings = await checkGenerated(root);
    expect(findings).toEqual([
      expect.objectContaining({ check: 'generated', file: VIEWER, message: expect.stringMatching(/missing/) })
    ]);
  });

  test('reports stale files in generated folders only', async () => {
    for (const rel of [STALE, STALE_TAB]) {
      fs.mkdirSync(path.join(root, path.dirname(rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), '<?xml version="1.0" encoding="UTF-8"?>\n<x/>\n');
    }
    const findings = await checkGenerated(root);
    expect(findings.map((f) => f.file)).toEqual([STALE_TAB, STALE]);
    for (const f of findings) expect(f.message).toMatch(/stale/);
  });

  test('writeGenerated repairs everything and deletes stale files and the folders they leave empty', async () => {
    fs.rmSync(path.join(root, VIEWER));
    fs.appendFileSync(path.join(root, COURSE_STATUS), '<!-- hand edit -->\n');
    const staleDir = 'force-app/main/presenting/objects/Gone__c/fields';
    fs.mkdirSync(path.join(root, staleDir), { recursive: true });
    fs.writeFileSync(path.join(root, staleDir, 'X__c.field-meta.xml'), 'x');
    const plan = writeGenerated(render(), root);
    expect(plan.missing).toEqual([VIEWER]);
    expect(plan.changed).toEqual([COURSE_STATUS]);
    expect(plan.stale).toEqual([`${staleDir}/X__c.field-meta.xml`]);
    expect(fs.existsSync(path.join(root, 'force-app/main/presenting/objects/Gone__c'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'force-app/main/presenting/objects'))).toBe(true);
    expect(fs.readFileSync(path.join(root, NOT_GENERATED), 'utf8')).toBe('public class Keep {}\n');
    await expect(checkGenerated(root)).resolves.toEqual([]);
  });

  test('lists exactly the rendered files after generation', () => {
    expect(listGeneratedFiles(root)).toEqual([...render().keys()].sort());
  });

  test('an empty tree reports every file as missing', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'entatio-empty-'));
    try {
      const findings = await checkGenerated(empty);
      expect(findings).toHaveLength(render().size);
      expect(findings.every((f) => /missing/.test(f.message))).toBe(true);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('the committed metadata', () => {
  test('is exactly what the generator writes (run `npm run generate` if this fails)', async () => {
    await expect(checkGenerated()).resolves.toEqual([]);
  });
});

describe('firstDifferingLine', () => {
  test('finds the first line that differs', () => {
    expect(firstDifferingLine('a\nb\nc', 'a\nx\nc')).toBe(2);
    expect(firstDifferingLine('a\nb', 'a\nb\nc')).toBe(3);
  });
});
