import { checkApexSemantic, parseApexLsJson } from '../apex-semantic';
import { COURSE_OBJECT, apexClass, makeProject, removeProject } from './fixture';

// apex-ls runs in a JVM (~2 s); the limit only keeps a hung JVM from blocking the run.
jest.setTimeout(120_000);

const CLEAN = `public with sharing class CourseNames {
    public static List<String> names(List<Course__c> courses) {
        List<String> out = new List<String>();
        for (Course__c c : courses) {
            out.add(c.Name + ' ' + c.Status__c);
        }
        Account a = new Account(Name = 'x');
        out.add(a.Name);
        return out;
    }
}
`;

describe('apex-semantic', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach(removeProject));
  const project = (files: Record<string, string>): string => {
    const root = makeProject(files);
    roots.push(root);
    return root;
  };

  it('passes a clean project that uses a custom object from source', async () => {
    const root = project({ ...COURSE_OBJECT, ...apexClass('CourseNames', CLEAN) });
    expect(await checkApexSemantic({ root })).toEqual([]);
  });

  it('reports an unknown field on a standard and on a custom object', async () => {
    const broken = CLEAN.replace('out.add(a.Name);', 'out.add(a.Bogus__c);').replace(
      'c.Status__c',
      'c.Statuss__c'
    );
    const root = project({ ...COURSE_OBJECT, ...apexClass('CourseNames', broken) });
    const findings = await checkApexSemantic({ root });
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          check: 'apex-semantic',
          file: 'force-app/main/default/classes/CourseNames.cls',
          line: 8,
          message: expect.stringMatching(/Missing: Unknown field 'Bogus__c' on SObject 'Schema.Account'/)
        }),
        expect.objectContaining({ line: 5, message: expect.stringContaining('Statuss__c') })
      ])
    );
  });

  it('reports syntax errors, type errors and a class without its meta file', async () => {
    const root = project({
      'force-app/main/default/classes/NoMeta.cls': "public with sharing class NoMeta { Integer i = 'x'; }\n",
      ...apexClass(
        'Broken',
        'public with sharing class Broken {\n  public void run() {\n    Integer x = 1\n  }\n}\n'
      )
    });
    const findings = await checkApexSemantic({ root });
    const messages = findings.map((f) => `${f.file}:${f.line} ${f.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Broken\.cls:4 Syntax: /),
        expect.stringMatching(/NoMeta\.cls:1 Error: .*meta file is missing/),
        expect.stringMatching(/NoMeta\.cls:1 Error: Incompatible types/)
      ])
    );
  });

  it('counts warnings but not unused-code hints', () => {
    const json = JSON.stringify({
      files: [
        {
          path: '/p/force-app/A.cls',
          messages: [
            {
              start: { line: 2, offset: 4 },
              end: { line: 2, offset: 9 },
              category: 'Warning',
              message: 'Local variable is hiding class field'
            },
            {
              start: { line: 3, offset: 0 },
              end: { line: 3, offset: 9 },
              category: 'Unused',
              message: "Unused private method 'x'"
            }
          ]
        }
      ]
    });
    expect(parseApexLsJson('/p', json)).toEqual([
      {
        check: 'apex-semantic',
        file: 'force-app/A.cls',
        line: 2,
        column: 5,
        message: 'Warning: Local variable is hiding class field'
      }
    ]);
  });
});
