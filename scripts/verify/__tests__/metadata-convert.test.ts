import * as fs from 'node:fs';
import * as os from 'node:os';
import { checkMetadataConvert, xmlProblem } from '../metadata-convert';
import { COURSE_OBJECT, FORCEIGNORE, LWC_META, apexClass, makeProject, removeProject } from './fixture';

jest.setTimeout(60_000);

const FIELD = 'force-app/main/default/objects/Course__c/fields/Status__c.field-meta.xml';

const CLEAN: Record<string, string> = {
  '.forceignore': FORCEIGNORE,
  ...COURSE_OBJECT,
  ...apexClass('CourseService', 'public with sharing class CourseService {}\n'),
  'force-app/main/default/lwc/greeting/greeting.js':
    "import { LightningElement } from 'lwc';\nexport default class Greeting extends LightningElement {}\n",
  'force-app/main/default/lwc/greeting/greeting.ts':
    "import { LightningElement } from 'lwc';\nexport default class Greeting extends LightningElement {}\n",
  'force-app/main/default/lwc/greeting/greeting.html': '<template></template>\n',
  'force-app/main/default/lwc/greeting/greeting.js-meta.xml': LWC_META
};

describe('metadata-convert', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach(removeProject));
  const run = async (files: Record<string, string>) => {
    const root = makeProject(files);
    roots.push(root);
    return checkMetadataConvert({ root });
  };

  it('passes a clean project and removes its temp output', async () => {
    const before = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('entatio-convert-')).length;
    expect(await run(CLEAN)).toEqual([]);
    expect(fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('entatio-convert-')).length).toBe(before);
  });

  it('reports a malformed field file with its line, even though the converter would repair it', async () => {
    const broken = CLEAN[FIELD].replace('<label>Status</label>', '<label>Status</lable>');
    expect(await run({ ...CLEAN, [FIELD]: broken })).toEqual([
      {
        check: 'metadata-convert',
        file: FIELD,
        line: 4,
        column: 18,
        message:
          "malformed XML: Expected closing tag 'label' (opened in line 4, col 5) instead of closing tag 'lable'."
      }
    ]);
  });

  it('reports unescaped characters and a truncated meta file', async () => {
    const findings = await run({
      ...CLEAN,
      'force-app/main/default/classes/CourseService.cls-meta.xml':
        '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n<apiVersion>66.0</apiVersion>\n',
      [FIELD]: CLEAN[FIELD].replace('<label>Status</label>', '<label>Status & State</label>')
    });
    expect(findings.map((f) => `${f.file}:${f.line ?? ''} ${f.message}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/CourseService\.cls-meta\.xml:\d* malformed XML/),
        expect.stringMatching(/Status__c\.field-meta\.xml:4 malformed XML: char '&'/)
      ])
    );
  });

  it('reports a class without its meta file (the converter silently drops it)', async () => {
    const findings = await run({
      ...CLEAN,
      'force-app/main/default/classes/Orphan.cls': 'public with sharing class Orphan {}\n'
    });
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'force-app/main/default/classes/Orphan.cls',
        message: expect.stringContaining('belongs to no metadata component')
      })
    ]);
  });

  it('checks for exactly one root element', () => {
    expect(xmlProblem('<?xml version="1.0"?>\n<!-- c -->\n<a><b/></a>\n')).toBeUndefined();
    expect(xmlProblem('<a/><b/>')?.message).toMatch(/one root element, found 2/);
    expect(xmlProblem('')?.message).toMatch(/malformed XML/);
  });
});
