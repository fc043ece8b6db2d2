import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../../lib/paths';
import {
  checkApexContracts,
  exportedNames,
  findApexImports,
  readApexMethods,
  stripApexNoise
} from '../apex-contracts';

/** A fixture project: component + declaration + Apex class + workbench implementation. */
interface Trio {
  component?: string;
  declaration?: string;
  apex?: string;
  workbench?: string;
}

const COMPONENT = `import { LightningElement, api } from 'lwc';
import getCourse from '@salesforce/apex/CourseController.getCourse';
import type { CourseDto } from '@salesforce/apex/CourseController';

export default class CourseCard extends LightningElement {
  @api recordId?: string;
  course?: CourseDto;
  async connectedCallback(): Promise<void> {
    this.course = await getCourse({ courseId: this.recordId ?? '', includeSections: true });
  }
}
`;

const HELPER = fs.readFileSync(path.join(repoRoot, 'force-app/types/apex/apex-method.d.ts'), 'utf8');

const DECLARATION = `/// <reference path="./apex-method.d.ts" />
declare module '@salesforce/apex/CourseController' {
  export interface CourseDto {
    id: string;
    name: string;
  }
}

declare module '@salesforce/apex/CourseController.getCourse' {
  import type { CourseDto } from '@salesforce/apex/CourseController';
  const getCourse: ApexMethod<{ courseId: string; includeSections?: boolean }, CourseDto>;
  export default getCourse;
}

declare module '@salesforce/apex/CourseController.countCourses' {
  /** A method without parameters, declared the older way (a default-exported function) */
  export default function countCourses(params?: Record<string, never>): Promise<number>;
}
`;

const APEX = `/**
 * Course data for Lightning components. // getCourse(String notAParam) in a comment is ignored
 */
public with sharing class CourseController {
    @AuraEnabled
    public String unrelatedProperty { get; set; }

    @AuraEnabled(cacheable=true)
    @SuppressWarnings('PMD.ExcessiveParameterList')
    public static CourseDto getCourse(Id courseId, Boolean includeSections) {
        if (courseId == null) {
            throw new AuraHandledException('getCourse(x) needs a course');
        }
        return new CourseDto();
    }

    @AuraEnabled
    public static Integer countCourses() {
        return 0;
    }

    public static Map<String, List<CourseDto>> helper(final List<Id> ids, Map<String, Integer> counts) {
        return null;
    }

    public class CourseDto {
        @AuraEnabled
        public String id;
    }
}
`;

const WORKBENCH = `export const getCourse = () => ({ id: 'a01', name: 'Course' });\nexport function countCourses() { return 1; }\n`;

let dirs: string[] = [];

function project(trio: Trio): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'apex-contracts-'));
  dirs.push(root);
  const write = (rel: string, text: string | undefined): void => {
    if (text === undefined) return;
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('sfdx-project.json', '{}');
  write('force-app/main/courses/lwc/courseCard/courseCard.ts', trio.component);
  write(
    'force-app/main/courses/lwc/courseCard/__tests__/courseCard.test.ts',
    COMPONENT.replace('getCourse', 'getMissing')
  );
  write('force-app/types/apex/CourseController.d.ts', trio.declaration);
  write('force-app/types/apex/apex-method.d.ts', HELPER);
  write('force-app/main/courses/classes/CourseController.cls', trio.apex);
  write('scripts/workbench/apex/CourseController.ts', trio.workbench);
  return root;
}

const consistent: Trio = { component: COMPONENT, declaration: DECLARATION, apex: APEX, workbench: WORKBENCH };

afterEach(() => {
  dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  dirs = [];
});

const messages = async (trio: Trio): Promise<string[]> =>
  (await checkApexContracts({ root: project(trio) })).map((f) => `${f.file}:${f.line} ${f.message}`);

describe('checkApexContracts', () => {
  it('passes a consistent component, declaration, Apex class and workbench implementation', async () => {
    expect(await messages(consistent)).toEqual([]);
  });

  it('fails when the Apex method is missing', async () => {
    const apex = APEX.replace('getCourse(Id courseId', 'loadCourse(Id courseId');
    const found = await messages({ ...consistent, apex });
    expect(found).toEqual([
      expect.stringMatching(/CourseController\.cls:1 CourseController has no method getCourse/)
    ]);
  });

  it('fails when the Apex class is missing', async () => {
    const found = await messages({ ...consistent, apex: undefined });
    expect(found).toEqual([
      expect.stringContaining('CourseController.getCourse: no Apex class CourseController'),
      expect.stringContaining('CourseController.countCourses: no Apex class CourseController')
    ]);
  });

  it('fails when the method is not @AuraEnabled, not static or private', async () => {
    const notEnabled = APEX.replace('@AuraEnabled(cacheable=true)\n', '');
    expect(await messages({ ...consistent, apex: notEnabled })).toEqual([
      expect.stringMatching(/CourseController\.cls:\d+ CourseController\.getCourse .* is not @AuraEnabled/)
    ]);
    const instance = APEX.replace('public static CourseDto getCourse', 'private CourseDto getCourse');
    const found = await messages({ ...consistent, apex: instance });
    expect(found).toEqual([
      expect.stringContaining('must be static'),
      expect.stringContaining('must be public or global')
    ]);
  });

  it('fails when a parameter is renamed on either side', async () => {
    const apex = APEX.replace('Id courseId', 'Id recordId');
    expect(await messages({ ...consistent, apex })).toEqual([
      expect.stringMatching(
        /force-app\/types\/apex\/CourseController\.d\.ts:\d+ CourseController\.getCourse parameters differ: Apex \(recordId, includeSections\) vs\. declaration \{ courseId, includeSections \}/
      )
    ]);
    const declaration = DECLARATION.replace('includeSections?', 'withSections?');
    expect(await messages({ ...consistent, declaration })).toEqual([
      expect.stringContaining('parameters differ')
    ]);
  });

  it('fails when the workbench does not implement the method', async () => {
    expect(await messages({ ...consistent, workbench: undefined })).toEqual([
      expect.stringContaining(
        'no workbench implementation: export `getCourse` from scripts/workbench/apex/CourseController.ts'
      ),
      expect.stringContaining('no workbench implementation: export `countCourses`')
    ]);
    const other = 'export function getCourses() { return []; }\nexport const countCourses = () => 1;\n';
    expect(await messages({ ...consistent, workbench: other })).toEqual([
      expect.stringContaining('no workbench implementation')
    ]);
  });

  it('fails when a component imports a method without a typed declaration', async () => {
    const component = COMPONENT.replace(
      "'@salesforce/apex/CourseController.getCourse'",
      "'@salesforce/apex/CourseController.getCourses'"
    );
    const found = await messages({ ...consistent, component });
    expect(found).toEqual([
      expect.stringMatching(
        /courseCard\.ts:2 imports @salesforce\/apex\/CourseController\.getCourses, which force-app\/types\/apex\/CourseController\.d\.ts does not declare/
      )
    ]);
  });

  it('wants one declaration file per Apex class and a default-exported function', async () => {
    const root = project(consistent);
    fs.renameSync(
      path.join(root, 'force-app/types/apex/CourseController.d.ts'),
      path.join(root, 'force-app/types/apex/Courses.d.ts')
    );
    const found = (await checkApexContracts({ root })).map((f) => f.message);
    expect(found).toEqual([
      expect.stringContaining('getCourse belongs in force-app/types/apex/CourseController.d.ts'),
      expect.stringContaining('countCourses belongs in force-app/types/apex/CourseController.d.ts')
    ]);

    const declaration = DECLARATION.replace('export default getCourse;', 'export { getCourse };');
    expect(await messages({ ...consistent, declaration })).toEqual([
      expect.stringContaining('must export the method as its default'),
      expect.stringContaining('does not declare')
    ]);
  });
});

describe('readers', () => {
  it('finds value imports of Apex methods, not type-only imports', () => {
    const found = findApexImports('c.ts', COMPONENT);
    expect(found).toEqual([
      { className: 'CourseController', methodName: 'getCourse', file: 'c.ts', line: 2, column: 1 }
    ]);
  });

  it('reads Apex method signatures with annotations, generics and final parameters', () => {
    const methods = readApexMethods(APEX);
    expect(methods.map((m) => [m.name, m.params, m.auraEnabled, m.isStatic, m.access])).toEqual([
      ['getCourse', ['courseId', 'includeSections'], true, true, 'public'],
      ['countCourses', [], true, true, 'public'],
      ['helper', ['ids', 'counts'], false, true, 'public']
    ]);
    expect(methods[0]!.line).toBe(10);
  });

  it('blanks comments and strings but keeps offsets', () => {
    const text = "a // x(y)\n'(q)' /* z( */ b";
    const clean = stripApexNoise(text);
    expect(clean).toHaveLength(text.length);
    expect(clean).not.toMatch(/[()]/);
  });

  it('lists exported names of a TypeScript module', () => {
    const names = exportedNames(
      'export const a = 1, b = 2;\nexport function c() {}\nconst d = 1;\nexport { d as e };\n'
    );
    expect([...names].sort()).toEqual(['a', 'b', 'c', 'e']);
  });
});

/** The shared declaration makes a drift a compile error on both sides, ahead of the generic fallback. */
describe('typed contracts', () => {
  function diagnostics(files: Record<string, string>, options: ts.CompilerOptions): string[] {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'apex-contracts-ts-'));
    dirs.push(root);
    const names = Object.entries(files).map(([name, text]) => {
      const file = path.join(root, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      return file;
    });
    const program = ts.createProgram(names, { strict: true, noEmit: true, skipLibCheck: true, ...options });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  }

  const lwcOptions: ts.CompilerOptions = {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.esnext.d.ts', 'lib.dom.d.ts'],
    types: [],
    typeRoots: [],
    // The fixture lives in a temp directory: resolve packages (lwc) from this repository.
    paths: { '*': [path.join(repoRoot, 'node_modules', '*')] }
  };
  // The package's generic `@salesforce/apex/*` fallback stays in the program: the specific module wins.
  const fallback = fs.readFileSync(path.join(repoRoot, 'force-app/types/salesforce-modules.d.ts'), 'utf8');
  const component = (call: string): string =>
    `import getCourse from '@salesforce/apex/CourseController.getCourse';\n` +
    `export async function load(): Promise<string> {\n  const course = await ${call};\n  return course.name;\n}\n`;

  const declarations = {
    'types/apex/CourseController.d.ts': DECLARATION,
    'types/apex/apex-method.d.ts': HELPER,
    'types/modules.d.ts': fallback
  };
  const wired = (config: string): string =>
    `import { LightningElement, api, wire } from 'lwc';\n` +
    `import getCourse from '@salesforce/apex/CourseController.getCourse';\n` +
    `import countCourses from '@salesforce/apex/CourseController.countCourses';\n` +
    `import type { CourseDto } from '@salesforce/apex/CourseController';\n` +
    `export default class CourseCard extends LightningElement {\n` +
    `  @api recordId?: string;\n` +
    `  @wire(getCourse, ${config}) course?: ApexWiredValue<CourseDto>;\n` +
    `  count(): Promise<number> { return countCourses(); }\n` +
    `}\n`;

  it('compiles a component that keeps the contract, imperatively and with @wire', () => {
    const call = component("getCourse({ courseId: 'a01' })");
    expect(diagnostics({ ...declarations, 'c.ts': call }, lwcOptions)).toEqual([]);
    expect(diagnostics({ ...declarations, 'w.ts': wired("{ courseId: '$recordId' }") }, lwcOptions)).toEqual(
      []
    );
  });

  it('rejects a component that drifts from it, imperatively or with @wire', () => {
    const call = component("getCourse({ recordId: 'a01' })");
    expect(diagnostics({ ...declarations, 'c.ts': call }, lwcOptions).join('\n')).toMatch(/recordId/);
    const wire = wired("{ recordId: '$recordId' }");
    expect(diagnostics({ ...declarations, 'w.ts': wire }, lwcOptions).join('\n')).toMatch(/recordId/);
  });

  it('rejects a workbench implementation that drifts from it', () => {
    const implementation = (params: string, result: string): string =>
      `/// <reference path="./CourseController.d.ts" />\n` +
      `import type getCourseContract from '@salesforce/apex/CourseController.getCourse';\n` +
      `import type countCoursesContract from '@salesforce/apex/CourseController.countCourses';\n` +
      `import type { ApexImplementation } from ${JSON.stringify(path.join(repoRoot, 'scripts/workbench/apex-runtime'))};\n` +
      `export const getCourse: ApexImplementation<typeof getCourseContract> = (${params}) => (${result});\n` +
      `export const countCourses: ApexImplementation<typeof countCoursesContract> = (_params, { data }) =>\n` +
      `  data.records('Course__c').length;\n`;
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ['node']
    };
    const files = { 'CourseController.d.ts': DECLARATION, 'apex-method.d.ts': HELPER };
    const ok = implementation('{ courseId }', "{ id: courseId, name: 'Course' }");
    expect(diagnostics({ ...files, 'impl.ts': ok }, options)).toEqual([]);
    const renamed = implementation('{ recordId }', "{ id: recordId, name: 'Course' }");
    expect(diagnostics({ ...files, 'impl.ts': renamed }, options).join('\n')).toMatch(/recordId/);
    const wrongResult = implementation('{ courseId }', '{ id: courseId }');
    expect(diagnostics({ ...files, 'impl.ts': wrongResult }, options).join('\n')).toMatch(/name/);
  });
});
