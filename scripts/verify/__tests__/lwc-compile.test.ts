import { checkLwcCompile } from '../lwc-compile';
import { FORCEIGNORE, LWC_META, makeProject, removeProject } from './fixture';

jest.setTimeout(60_000);

const JS = `import { LightningElement, api } from 'lwc';
export default class Greeting extends LightningElement {
    @api name;
    get greeting() {
        return 'Hello ' + this.name;
    }
}
`;

const dir = 'force-app/main/courses/lwc/greeting';

function bundle(files: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { '.forceignore': FORCEIGNORE };
  for (const [name, content] of Object.entries(files)) out[`${dir}/${name}`] = content;
  return out;
}

const CLEAN = {
  'greeting.js': JS,
  'greeting.html':
    '<template>\n    <p class="slds-text-heading_small">{greeting}</p>\n    <template lwc:if={name}><span>{name}</span></template>\n</template>\n',
  'greeting.css': ':host { display: block; }\n',
  'greeting.js-meta.xml': LWC_META,
  // Sources and tests that do not deploy must not reach the compiler.
  'greeting.ts': 'this is TypeScript source that the compiler must never see: {{{',
  '__tests__/greeting.test.ts': 'broken {{{'
};

describe('lwc-compile', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach(removeProject));
  const run = async (files: Record<string, string>) => {
    const root = makeProject(bundle(files));
    roots.push(root);
    return checkLwcCompile({ root });
  };

  it('passes a clean bundle', async () => {
    expect(await run(CLEAN)).toEqual([]);
  });

  it('reports a broken template expression with its position', async () => {
    const findings = await run({
      ...CLEAN,
      'greeting.html': '<template>\n  <div>{foo.}</div>\n</template>\n'
    });
    expect(findings).toEqual([
      expect.objectContaining({
        check: 'lwc-compile',
        file: `${dir}/greeting.html`,
        line: 2,
        message: expect.stringContaining('LWC1083')
      })
    ]);
  });

  it('reports an unclosed tag and an invalid directive', async () => {
    const unclosed = await run({ ...CLEAN, 'greeting.html': '<template><div><p>x</template>' });
    expect(unclosed).toEqual([
      expect.objectContaining({
        file: `${dir}/greeting.html`,
        message: expect.stringContaining('Invalid HTML syntax')
      })
    ]);
    const directive = await run({
      ...CLEAN,
      'greeting.html': '<template><div if:truee={name}>x</div></template>'
    });
    expect(directive).toHaveLength(1);
    expect(directive[0].message).toMatch(/LWC1084/);
  });

  it('reports JavaScript and CSS errors', async () => {
    const findings = await run({
      ...CLEAN,
      'greeting.js': JS.replace('get greeting() {', 'get greeting( {'),
      'greeting.css': ':host { color: red;'
    });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0].file).toMatch(/greeting\.(js|css)$/);
  });

  it('reports decorators that TypeScript down-levelled (they must reach the compiler as decorators)', async () => {
    const downlevelled = `import { LightningElement, api } from 'lwc';
let Greeting = (() => { let _d; return class Greeting extends LightningElement { static { _d = [api]; } }; })();
export default Greeting;
`;
    const findings = await run({ ...CLEAN, 'greeting.js': downlevelled });
    expect(findings).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('"api" can only be used as a class decorator')
      })
    ]);
  });

  it('reports a bundle that was not built or has no meta file', async () => {
    const { ['greeting.js']: _js, ['greeting.js-meta.xml']: _meta, ...rest } = CLEAN;
    expect(await run(rest)).toEqual([
      expect.objectContaining({
        file: `${dir}/greeting.js-meta.xml`,
        message: expect.stringContaining('missing')
      }),
      expect.objectContaining({
        file: `${dir}/greeting.js`,
        message: expect.stringContaining('npm run build')
      })
    ]);
  });
});
