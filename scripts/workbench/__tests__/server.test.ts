import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { ApexRuntime, AuraHandledException } from '../apex-runtime';
import { WorkbenchData } from '../data';
import { createHandler, findStaticResources, indexHtml, type WorkbenchState } from '../server';
import { fixtureDataset, ids } from './fixtures/dataset';

let server: Server;
let base: string;
let tmp: string;
let state: WorkbenchState;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-server-'));
  const apexDir = path.join(tmp, 'apex');
  const dist = path.join(tmp, 'dist');
  fs.mkdirSync(apexDir);
  fs.mkdirSync(path.join(dist, 'chunks'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'main.js'), 'export {};\n');
  // An implementation module as tsc compiles one (CommonJS), with the runtime's exception class.
  (global as unknown as { AuraHandledException: unknown }).AuraHandledException = AuraHandledException;
  fs.writeFileSync(
    path.join(apexDir, 'CourseController.js'),
    `exports.getCourse = ({ courseId }, { data }) => {
       const found = data.get(courseId);
       if (!found) throw new global.AuraHandledException('The course was not found.');
       return { id: found.record.Id, name: found.record.Name, when: new Date(Date.UTC(2025, 0, 2)), missing: undefined };
     };
     exports.whoAmI = (_params, context) => ({ userId: context.userId, now: context.now });
     exports.broken = () => { throw new Error('secret stack'); };`
  );
  // The builder's store of uploaded files, as its compiled implementation exports it.
  fs.writeFileSync(
    path.join(apexDir, 'CourseBuilderController.js'),
    `exports.storedFileOf = (_data, versionId) => versionId === '068Ex0000000001AAA'
       ? { fileName: 'Quiz "1".zip', bytes: Uint8Array.of(0x50, 0x4b, 5, 6) }
       : undefined;`
  );
  const original = fixtureDataset();
  state = {
    data: new WorkbenchData(structuredClone(original)),
    reset: () => (state.data = new WorkbenchData(structuredClone(original))),
    distDir: dist
  };
  server = createServer(createHandler(state, new ApexRuntime(apexDir)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const post = (url: string, body: unknown, method = 'POST') =>
  fetch(base + url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('workbench server', () => {
  it('serves the shell with the session config, the bundle and SLDS', async () => {
    const html = await (await fetch(base + '/')).text();
    expect(html).toContain('<script type="module" src="/dist/main.js">');
    expect(html).toContain(`"userId":"${ids.csm}"`);
    expect((await fetch(base + '/dist/main.js')).headers.get('content-type')).toMatch(/javascript/);
    const css = await fetch(base + '/assets/styles/salesforce-lightning-design-system.min.css');
    expect(css.status).toBe(200);
    expect((await fetch(base + '/assets/images/logo-noname.svg')).headers.get('content-type')).toBe(
      'image/svg+xml'
    );
    expect((await fetch(base + '/assets/../package.json')).status).toBe(404);
    expect((await fetch(base + '/dist/%2e%2e/apex/CourseController.js')).status).toBe(404);
  });

  it("serves uploaded files at the org's download path, as attachments", async () => {
    const response = await fetch(`${base}/sfc/servlet.shepherd/version/download/068Ex0000000001AAA`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="Quiz _1_.zip"');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0x50, 0x4b, 5, 6]);
    expect((await fetch(`${base}/sfc/servlet.shepherd/version/download/068Ex0000000002AAA`)).status).toBe(
      404
    );
  });

  it('escapes the config so data cannot close the script element', () => {
    const data = new WorkbenchData(fixtureDataset());
    (data.runningUser as { Name: string }).Name = '</script><script>alert(1)</script>';
    expect(indexHtml({ ...state, data })).not.toContain('</script><script>');
  });

  it('runs Apex implementations and answers as Apex serializes', async () => {
    const response = await post('/__workbench/apex/CourseController.getCourse', { courseId: ids.course });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: ids.course,
      name: 'Platform Upgrade 2025',
      when: '2025-01-02T00:00:00.000Z'
    });
    const who = await (await post('/__workbench/apex/CourseController.whoAmI', {})).json();
    expect(who).toEqual({ userId: ids.csm, now: '2025-07-01T00:00:00.000Z' });
  });

  it('reports errors in the shape components receive from Lightning', async () => {
    const handled = await post('/__workbench/apex/CourseController.getCourse', { courseId: 'nope' });
    expect(handled.status).toBe(500);
    expect(await handled.json()).toMatchObject({
      status: 500,
      body: { message: 'The course was not found.', exceptionType: 'System.AuraHandledException' }
    });
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = await (await post('/__workbench/apex/CourseController.broken', {})).json();
    expect(broken.body.message).toBe('An internal server error has occurred');
    expect(JSON.stringify(broken)).not.toContain('secret stack');
    error.mockRestore();
    const missing = await post('/__workbench/apex/CourseController.nope', {});
    expect(missing.status).toBe(404);
    expect((await missing.json()).body.message).toContain(
      'export it from scripts/workbench/apex/CourseController.ts'
    );
    expect((await post('/__workbench/apex/NoSuchClass.m', {})).status).toBe(404);
  });

  it('serves the UI API for lightning/uiRecordApi, and writes to the session copy only', async () => {
    const record = await (
      await fetch(`${base}/__workbench/ui-api/records/${ids.acme}?fields=Account.Name`)
    ).json();
    expect(record).toEqual({
      apiName: 'Account',
      id: ids.acme,
      fields: { Name: { value: 'Acme Corporation', displayValue: null } }
    });
    const bad = await fetch(`${base}/__workbench/ui-api/records/${ids.acme}?fields=Account.Nope__c`);
    expect(bad.status).toBe(400);
    const updated = await (
      await post(
        `/__workbench/ui-api/records/${ids.acme}`,
        { fields: { Id: ids.acme, Industry: 'Energy' } },
        'PATCH'
      )
    ).json();
    expect(updated.fields.Industry.value).toBe('Energy');
    expect(state.data.get(ids.acme)?.record.Industry).toBe('Energy');
    await post('/__workbench/reset', {});
    expect(state.data.get(ids.acme)?.record.Industry).toBe('Manufacturing');
  });

  it('serves the shell its record, list and index views', async () => {
    expect((await (await fetch(`${base}/__workbench/api/record/${ids.ada}`)).json()).name).toBe(
      'Ada Lovelace'
    );
    expect((await fetch(`${base}/__workbench/api/record/${ids.section1}`)).status).toBe(404);
    expect((await (await fetch(`${base}/__workbench/api/records/course`)).json()).total).toBe(1);
    expect((await fetch(`${base}/__workbench/api/records/health`)).status).toBe(404);
    expect((await (await fetch(`${base}/__workbench/api/index`)).json()).runningUser.id).toBe(ids.csm);
  });
});

describe('findStaticResources', () => {
  it('finds folder and single-file static resources', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resources-'));
    try {
      const resources = path.join(dir, 'main/insights/staticresources');
      fs.mkdirSync(path.join(resources, 'charts'), { recursive: true });
      fs.writeFileSync(path.join(resources, 'chartjs.js'), '');
      fs.writeFileSync(path.join(resources, 'chartjs.resource-meta.xml'), '');
      const found = findStaticResources(dir);
      expect([...found.keys()].sort()).toEqual(['chartjs', 'charts']);
      expect(found.get('chartjs')).toBe(path.join(resources, 'chartjs.js'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
