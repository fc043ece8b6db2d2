/**
 * The workbench's HTTP handler (plain `node:http`, no framework):
 *
 *   GET  /                               the shell (index.html with the session config)
 *   GET  /dist/*                         the bundle (bundle.ts)
 *   GET  /assets/*                       SLDS: styles, images, icons (@salesforce-ux/design-system)
 *   GET  /resources/<name>[/...]          static resources of the package (force-app/**\/staticresources)
 *   POST /__workbench/apex/<Class>.<m>   Apex contracts over the sample data (apex-runtime.ts)
 *   GET|PATCH|DELETE /__workbench/ui-api/records/<id>, POST /__workbench/ui-api/records   lightning/uiRecordApi
 *   GET  /__workbench/api/index | /records/<page> | /record/<id>    the shell's own data
 *   POST /__workbench/reset               a fresh copy of the dataset (tests)
 *   GET  /__workbench/emp?after=<replayId>   platform events Apex published since (lightning/empApi polls)
 */
import * as fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as path from 'node:path';
import { ApexRuntime, type ApexContext } from './apex-runtime';
import type { storedFileOf as StoredFileOf } from './apex/CourseBuilderController';
import { UiApiError, type SObject, type WorkbenchData } from './data';
import { appDir } from './paths';
import { PAGES, type PageId } from './pages';
import { repoRoot } from '../lib/paths';

const sldsAssetsDir = path.join(
  path.dirname(require.resolve('@salesforce-ux/design-system/package.json')),
  'assets'
);

/** Where the org's file servlet serves a file version (FilePreviewService.fileUrl). */
const FILE_DOWNLOAD_PATH = '/sfc/servlet.shepherd/version/download/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8'
};

export interface WorkbenchState {
  /** The dataset the session works on; `reset()` replaces it with a fresh copy. */
  data: WorkbenchData;
  reset(): WorkbenchData;
  /** Directory of the current bundle (bundle.ts output). */
  distDir: string;
  /** Static resources by name (a folder or a file), for `@salesforce/resourceUrl`. */
  staticResources?: Map<string, string>;
  /** Delay added to every Apex and UI API answer, to see loading states (`WORKBENCH_LATENCY_MS`). */
  latencyMs?: number;
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body), CONTENT_TYPES['.json']!);
}

function notFound(res: ServerResponse, message = 'Not found'): void {
  sendJson(res, 404, { status: 404, statusText: 'Not Found', body: { message } });
}

/** Serves `relative` from `dir`, refusing paths that leave it. */
function sendFile(res: ServerResponse, dir: string, relative: string, cache: string): void {
  const file = path.resolve(dir, '.' + path.posix.normalize('/' + relative));
  if (!file.startsWith(path.resolve(dir) + path.sep)) return notFound(res);
  fs.readFile(file, (error, content) => {
    if (error) return notFound(res);
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    send(res, 200, content, type, { 'cache-control': cache });
  });
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  return JSON.parse(text);
}

/** index.html: SLDS, the session config as JSON, the bundle's entry. */
export function indexHtml(state: WorkbenchState): string {
  const { data } = state;
  const config = {
    userId: data.runningUser.Id,
    userName: data.runningUser.Name,
    seed: data.dataset.seed,
    asOf: data.dataset.asOf,
    deniedPermissions: []
  };
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Entatio Workbench</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/assets/styles/salesforce-lightning-design-system.min.css" />
    <link rel="stylesheet" href="/app/workbench.css" />
    <link rel="modulepreload" href="/dist/main.js" />
    <script type="application/json" id="wb-config">${json}</script>
    <script type="module" src="/dist/main.js"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>The Entatio workbench needs JavaScript.</noscript>
  </body>
</html>
`;
}

function apexContext(state: WorkbenchState): ApexContext {
  const { data } = state;
  return { data, userId: data.runningUser.Id, now: new Date(`${data.dataset.asOf}T00:00:00.000Z`) };
}

const delay = (ms: number | undefined): Promise<void> =>
  ms ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

function list(value: string | null): string[] {
  return value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

async function uiApi(
  req: IncomingMessage,
  res: ServerResponse,
  state: WorkbenchState,
  rest: string,
  url: URL
): Promise<void> {
  const { data } = state;
  const id = decodeURIComponent(rest);
  try {
    if (req.method === 'GET' && id) {
      const found = data.get(id);
      if (!found) throw new UiApiError(404, 'The requested resource does not exist');
      let fields = list(url.searchParams.get('fields'));
      if (!fields.length && url.searchParams.get('layoutTypes')) {
        fields = (data.recordView(id)?.fields ?? []).map((f) => `${found.objectApiName}.${f.apiName}`);
      }
      return sendJson(res, 200, data.uiApiRecord(id, fields, list(url.searchParams.get('optionalFields'))));
    }
    if (req.method === 'PATCH' && id) {
      const found = data.get(id);
      if (!found) throw new UiApiError(404, 'The requested resource does not exist');
      const { fields } = (await readBody(req)) as { fields?: Record<string, unknown> };
      const changes = Object.entries(fields ?? {}).filter(([k]) => k !== 'Id');
      changes.forEach(([k, v]) => (found.record[k] = v));
      const names = changes.map(([k]) => `${found.objectApiName}.${k}`);
      return sendJson(res, 200, data.uiApiRecord(id, names));
    }
    if (req.method === 'DELETE' && id) {
      const found = data.get(id);
      if (!found) throw new UiApiError(404, 'The requested resource does not exist');
      const records = data.records(found.objectApiName);
      records.splice(records.indexOf(found.record), 1);
      data.byId.delete(id);
      return sendJson(res, 200, null);
    }
    if (req.method === 'POST' && !id) {
      const { apiName, fields } = (await readBody(req)) as {
        apiName?: string;
        fields?: Record<string, unknown>;
      };
      const records = apiName ? data.byObject.get(apiName) : undefined;
      if (!apiName || !records)
        throw new UiApiError(400, `The workbench has no ${apiName ?? 'object'} records to create into.`);
      const template = records[0]?.Id ?? '000Ex000000000AAA';
      const newId = `${template.slice(0, 3)}Wb${String(data.byId.size).padStart(10, '0')}AAA`;
      const record: SObject = { ...(fields ?? {}), Id: newId };
      records.push(record);
      data.byId.set(newId, { objectApiName: apiName, record });
      return sendJson(
        res,
        201,
        data.uiApiRecord(
          newId,
          Object.keys(record).map((k) => `${apiName}.${k}`)
        )
      );
    }
    notFound(res);
  } catch (error) {
    if (error instanceof UiApiError) {
      return sendJson(res, error.status, {
        status: error.status,
        body: [{ errorCode: 'INVALID_INPUT', message: error.message }]
      });
    }
    throw error;
  }
}

/** Handles one request. Errors become a 500 with a one-line message (and the stack on the server's console). */
export function createHandler(state: WorkbenchState, runtime = new ApexRuntime()) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://workbench.local');
    const pathname = decodeURIComponent(url.pathname);
    try {
      if (pathname === '/' || pathname === '/index.html') {
        return send(res, 200, indexHtml(state), CONTENT_TYPES['.html']!);
      }
      if (pathname.startsWith('/dist/')) {
        const hashed = pathname.startsWith('/dist/chunks/');
        return sendFile(
          res,
          state.distDir,
          pathname.slice(6),
          hashed ? 'public, max-age=31536000, immutable' : 'no-cache'
        );
      }
      if (pathname.startsWith('/assets/'))
        return sendFile(res, sldsAssetsDir, pathname.slice(8), 'public, max-age=3600');
      if (pathname === '/app/workbench.css') return sendFile(res, appDir, 'workbench.css', 'no-cache');
      if (pathname.startsWith('/resources/')) {
        const [name, ...rest] = pathname.slice(11).split('/');
        const location = name ? state.staticResources?.get(name) : undefined;
        if (!location) return notFound(res, `No static resource ${name}.`);
        if (fs.statSync(location).isFile())
          return sendFile(res, path.dirname(location), path.basename(location), 'no-cache');
        return sendFile(res, location, rest.join('/'), 'no-cache');
      }

      if (pathname.startsWith(FILE_DOWNLOAD_PATH)) {
        // Files uploaded in this session (videos, HTML packages), as the org's file servlet serves them. The store
        // lives in the compiled implementation the Apex calls use (apex/CourseBuilderController.ts).
        const builder = runtime.implementation('CourseBuilderController') as {
          storedFileOf?: typeof StoredFileOf;
        } | null;
        const file = builder?.storedFileOf?.(state.data, pathname.slice(FILE_DOWNLOAD_PATH.length));
        if (!file) return notFound(res, 'No uploaded file with that version id.');
        res.writeHead(200, {
          'content-type': file.fileName.toLowerCase().endsWith('.zip')
            ? 'application/zip'
            : file.fileName.toLowerCase().endsWith('.webm')
              ? 'video/webm'
              : 'video/mp4',
          'content-length': String(file.bytes.length),
          'content-disposition': `attachment; filename="${file.fileName.replace(/["\\\r\n]/g, '_')}"`,
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, max-age=3600'
        });
        res.end(Buffer.from(file.bytes));
        return;
      }
      if (pathname.startsWith('/__workbench/apex/') && req.method === 'POST') {
        const [className, methodName, ...extra] = pathname.slice(18).split('.');
        if (!className || !methodName || extra.length)
          return notFound(res, `Not an Apex method: ${pathname}`);
        let params: unknown;
        try {
          params = await readBody(req);
        } catch {
          return sendJson(res, 400, { status: 400, body: { message: 'The parameters are not valid JSON.' } });
        }
        await delay(state.latencyMs);
        const answer = await runtime.invoke(className, methodName, params, apexContext(state));
        return sendJson(res, answer.status, answer.body);
      }
      if (pathname.startsWith('/__workbench/ui-api/records')) {
        await delay(state.latencyMs);
        return await uiApi(
          req,
          res,
          state,
          pathname.slice('/__workbench/ui-api/records'.length).replace(/^\//, ''),
          url
        );
      }
      if (pathname === '/__workbench/api/index') return sendJson(res, 200, state.data.indexView());
      if (pathname.startsWith('/__workbench/api/records/')) {
        const pageId = pathname.slice(25) as PageId;
        const view = PAGES.some((p) => p.id === pageId) ? state.data.listView(pageId) : undefined;
        return view ? sendJson(res, 200, view) : notFound(res, `No list of ${pageId}.`);
      }
      if (pathname.startsWith('/__workbench/api/record/')) {
        const view = state.data.recordView(pathname.slice(24));
        return view ? sendJson(res, 200, view) : notFound(res, "The record wasn't found in the sample data.");
      }
      if (pathname === '/__workbench/emp') {
        const after = Number(url.searchParams.get('after') ?? -1);
        return sendJson(res, 200, state.data.platformEventsAfter(Number.isFinite(after) ? after : -1));
      }
      if (pathname === '/__workbench/reset' && req.method === 'POST') {
        state.reset();
        return sendJson(res, 200, { ok: true });
      }
      notFound(res);
    } catch (error) {
      console.error(`[workbench] ${req.method} ${pathname} failed:`, error);
      if (!res.headersSent) sendJson(res, 500, { status: 500, body: { message: (error as Error).message } });
      else res.end();
    }
  };
}

/**
 * Static resources of the package by name: folders (`staticresources/<name>/`, unpacked archives) and single
 * files (`staticresources/<name>.<ext>`).
 */
export function findStaticResources(packageDir = path.join(repoRoot, 'force-app')): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.name === 'staticresources') {
        for (const resource of fs.readdirSync(full, { withFileTypes: true })) {
          const location = path.join(full, resource.name);
          if (resource.isDirectory()) found.set(resource.name, location);
          else if (!resource.name.endsWith('-meta.xml'))
            found.set(resource.name.replace(/\.[^.]+$/, ''), location);
        }
      } else walk(full);
    }
  };
  if (fs.existsSync(packageDir)) walk(packageDir);
  return found;
}
