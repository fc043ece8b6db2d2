import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { rollup } from 'rollup';
import { definesPlugin, packageModules, platformPlugin, typescriptPlugin } from '../bundle';

let tmp: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-bundle-'));
});

afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function bundle(entry: string): Promise<string> {
  const file = path.join(tmp, 'entry.ts');
  fs.writeFileSync(file, entry);
  const build = await rollup({
    input: file,
    onLog: () => undefined,
    plugins: [
      platformPlugin(path.join(tmp, 'force-app'), new Set()),
      typescriptPlugin(),
      definesPlugin('production')
    ]
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
}

describe('workbench bundle plugins', () => {
  it('resolves platform modules: Apex methods, navigation, user, schema', async () => {
    const code = await bundle(
      "import getCourse from '@salesforce/apex/CourseController.getCourse';\n" +
        "import { NavigationMixin } from 'lightning/navigation';\n" +
        "import userId from '@salesforce/user/Id';\n" +
        "import NAME from '@salesforce/schema/Account.Name';\n" +
        'export { getCourse, NavigationMixin, userId, NAME };\n'
    );
    expect(code).toContain('apexMethod("CourseController", "getCourse")');
    expect(code).toContain('/__workbench/apex/');
    expect(code).toContain('standard__recordPage');
    expect(code).toContain('{"objectApiName":"Account","fieldApiName":"Name"}');
  });

  it('fails with a sentence naming the file to extend for a platform module nobody provides', async () => {
    await expect(
      bundle(
        "import { FlowNavigationNextEvent } from 'lightning/flowSupport';\nexport { FlowNavigationNextEvent };\n"
      )
    ).rejects.toThrow(
      /lightning\/flowSupport .* is a platform module the workbench does not provide yet: add it in scripts\/workbench\/platform-modules\.ts/
    );
  });
});

describe('packageModules', () => {
  it('maps every bundle to its compiled .js, and asks for a build when one is missing or stale', () => {
    const bundleDir = path.join(tmp, 'force-app/main/common/lwc/statePanel');
    fs.mkdirSync(bundleDir, { recursive: true });
    fs.writeFileSync(path.join(bundleDir, 'statePanel.ts'), '');
    expect(() => packageModules(path.join(tmp, 'force-app'))).toThrow(/Run `npm run build` first/);
    fs.writeFileSync(path.join(bundleDir, 'statePanel.js'), '');
    expect(packageModules(path.join(tmp, 'force-app'))).toEqual([
      { name: 'c/statePanel', path: path.join(bundleDir, 'statePanel.js') }
    ]);
  });
});
