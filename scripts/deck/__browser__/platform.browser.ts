/**
 * The platform path: the static resources built by scripts/build/static-resources.ts are classic scripts
 * (what `loadScript` runs), and in a real browser — Chromium, no Node — `readDeck` reads decks with the
 * libraries they define (`window.fflate`, `window.pdfjsLib` with the main-thread `window.pdfjsWorker`).
 * Runs in the browser test project, whose global setup installs Debian's Chromium when it is missing.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import type { DeckLibraries } from '../../../force-app/main/courses/lwc/deckReader/deckReader';
import { buildStaticResources } from '../../build/static-resources';
import { FIXTURES_DIR } from '../__fixtures__/make-fixtures';
import { repoRoot } from '../../lib/paths';

const BUNDLE_DIR = path.join(repoRoot, 'force-app', 'main', 'courses', 'lwc', 'deckReader');
const chromiumPath = process.env.CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium';

let outDir: string;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deck-static-'));
  await buildStaticResources(outDir);
}, 120_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe('deck reader static resources', () => {
  it('are classic scripts defining the globals the reader needs', () => {
    for (const file of ['fflate.js', 'pdfjs/pdf.js', 'pdfjs/pdf.worker.js']) {
      const code = fs.readFileSync(path.join(outDir, file), 'utf8');
      // Throws on `import`/`export` declarations, which a classic script cannot contain.
      expect(() => new vm.Script(code, { filename: file })).not.toThrow();
    }
    expect(fs.readFileSync(path.join(outDir, 'pdfjs/pdf.js'), 'utf8')).toContain(
      'globalThis.pdfjsLib = pdfjsLib;'
    );
    expect(fs.readFileSync(path.join(outDir, 'pdfjs/pdf.worker.js'), 'utf8')).toContain(
      'globalThis.pdfjsWorker = pdfjsWorker;'
    );
    expect(fs.existsSync(path.join(outDir, 'pdfjs/cmaps/Adobe-Japan1-UCS2.bcmap'))).toBe(true);
    expect(fs.existsSync(path.join(outDir, 'pdfjs/LICENSE'))).toBe(true);
  });
});

describe('deck reader static resources in Chromium', () => {
  it('let readDeck read PowerPoint and PDF files', async () => {
    const server = http.createServer((request, response) => {
      const url = decodeURIComponent((request.url ?? '/').split('?')[0]);
      const send = (type: string, body: string | Buffer): void => {
        response.setHeader('content-type', type);
        response.end(body);
      };
      if (url === '/') return send('text/html', '<!doctype html><title>deck</title>');
      if (url.startsWith('/resource/')) {
        const file = path.join(outDir, url.slice('/resource/'.length));
        if (file.startsWith(outDir) && fs.existsSync(file))
          return send('text/javascript', fs.readFileSync(file));
      }
      if (url.startsWith('/lwc/')) {
        // The bundle's TypeScript as the ES module the LWC build would emit (relative imports made explicit).
        const source = fs.readFileSync(path.join(BUNDLE_DIR, path.basename(url, '.js') + '.ts'), 'utf8');
        const { outputText } = ts.transpileModule(source, {
          compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext }
        });
        return send('text/javascript', outputText.replace(/from '(\.\/[^']+)'/g, "from '$1.js'"));
      }
      if (url.startsWith('/fixture/'))
        return send('application/octet-stream', fs.readFileSync(path.join(FIXTURES_DIR, path.basename(url))));
      response.statusCode = 404;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run']
    });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      for (const file of ['fflate.js', 'pdfjs/pdf.worker.js', 'pdfjs/pdf.js']) {
        await page.addScriptTag({ url: `/resource/${file}` });
      }
      const results = await page.evaluate(
        async (files: string[]) => {
          const entry = '/lwc/deckReader.js';
          const { readDeck } = (await import(
            entry
          )) as typeof import('../../../force-app/main/courses/lwc/deckReader/deckReader');
          const globals = window as unknown as { fflate: { unzipSync: unknown }; pdfjsLib: unknown };
          const out: unknown[] = [];
          for (const name of files) {
            const bytes = new Uint8Array(await (await fetch(`/fixture/${name}`)).arrayBuffer());
            try {
              const deck = await readDeck(bytes, name, {
                unzip: globals.fflate.unzipSync as DeckLibraries['unzip'],
                pdfjs: globals.pdfjsLib as DeckLibraries['pdfjs'],
                pdfOptions: { cMapUrl: '/resource/pdfjs/cmaps/', cMapPacked: true }
              });
              out.push({ format: deck.format, titles: deck.slides.map((slide) => slide.title) });
            } catch (error) {
              out.push({ code: (error as { code?: string }).code });
            }
          }
          return out;
        },
        [
          'libreoffice-impress.pptx',
          'libreoffice-impress.pdf',
          'libreoffice-password.pdf',
          'keynote-style.pptx'
        ]
      );
      expect(results).toEqual([
        {
          format: 'pptx',
          titles: [
            'Quarterly Review — Q3',
            'Agenda',
            'Numbers',
            'Backup slide',
            'Café, naïve, Ωμέγα, Привет',
            ''
          ]
        },
        {
          format: 'pdf',
          titles: ['Quarterly Review — Q3', 'Agenda', 'Numbers', 'Café, naïve, Ωμέγα, Привет', '']
        },
        { code: 'password-protected' },
        { format: 'pptx', titles: ['Keynote Deck', 'Roadmap', 'Team'] }
      ]);
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);
});
