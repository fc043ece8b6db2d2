/**
 * The course builder on the Course record page, in Chromium, with real files the test generates: a PowerPoint deck
 * (pptxgenjs, with a hidden slide) and a PDF (pdf-lib) with known titles, a damaged PDF, and a legacy .ppt.
 *
 * Flows: the empty state of a new course; choosing files (read in the browser by c/deckReader, the damaged one
 * refused before upload); uploading them through lightning-file-upload (the workbench's stand-in stores them and
 * reports their ids); the slides appearing as sections, in order, with their titles and pictures; reordering with
 * the keyboard; editing a title; adding a link shown only in a sandboxed iframe; publishing with a confirmation; a
 * .ppt whose pages Salesforce prepares (polled) before it is added. axe finds no serious or critical violation, and
 * screenshots are saved to artifacts/screenshots/.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { CourseDetail } from '@salesforce/apex/CourseBuilderController';
import PptxGenJS from 'pptxgenjs';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { FIXTURES_DIR } from '../../deck/__fixtures__/make-fixtures';
import {
  axeViolations,
  launchBrowser,
  openWorkbench,
  resetWorkbench,
  screenshot,
  screenshotDir,
  eventually,
  workbenchUrl
} from './harness';

jest.setTimeout(120_000);

const DECK_TITLES = ['Welcome to Entatio', 'Our Quarter in Numbers', 'Next Steps'];
const HIDDEN_TITLE = 'Backup: raw data';
const PDF_TITLES = ['Product Tour', 'Pricing Plans'];

interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

let browser: Browser;
let deck: TestFile;
let pdf: TestFile;
let broken: TestFile;
let legacy: TestFile;
const pages: Page[] = [];

async function apex<T>(method: string, params: Record<string, unknown>): Promise<T> {
  const response = await fetch(
    new URL(`/__workbench/apex/CourseBuilderController.${method}`, workbenchUrl()),
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params)
    }
  );
  const body = (await response.json()) as T & { body?: { message?: string } };
  if (!response.ok) throw new Error(`${method}: ${body.body?.message ?? response.status}`);
  return body;
}

async function newCourse(name: string): Promise<CourseDetail> {
  return apex<CourseDetail>('createCourse', { name, topic: 'Onboarding' });
}

/**
 * A deck made with pptxgenjs: title-and-body slides (a master with placeholders, as PowerPoint templates have).
 * pptxgenjs is told it is not in Node while it writes (it would `import()` fs/https for images, which Jest cannot).
 */
async function makeDeck(
  slides: { title: string; body: string; notes?: string; hidden?: boolean }[]
): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.defineSlideMaster({
    title: 'TITLE_AND_BODY',
    objects: [
      { placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 1 }, text: '' } },
      { placeholder: { options: { name: 'body', type: 'body', x: 0.5, y: 1.5, w: 9, h: 3.5 }, text: '' } }
    ]
  });
  for (const spec of slides) {
    const slide = pptx.addSlide({ masterName: 'TITLE_AND_BODY' });
    slide.addText(spec.title, { placeholder: 'title' });
    slide.addText(spec.body, { placeholder: 'body' });
    if (spec.notes) slide.addNotes(spec.notes);
    if (spec.hidden) slide.hidden = true;
  }
  const release = Object.getOwnPropertyDescriptor(process, 'release');
  Object.defineProperty(process, 'release', { value: { name: 'browser-like' }, configurable: true });
  try {
    return Buffer.from((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
  } finally {
    if (release) Object.defineProperty(process, 'release', release);
  }
}

/** A PDF made with pdf-lib: one page per title, the title large and a line of body text under it. */
async function makePdf(titles: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  for (const title of titles) {
    const page = doc.addPage([960, 540]);
    page.drawText(title, { x: 40, y: 440, size: 36, font: bold });
    page.drawText(`About ${title.toLowerCase()}`, { x: 40, y: 380, size: 18, font: regular });
  }
  return Buffer.from(await doc.save());
}

beforeAll(async () => {
  browser = await launchBrowser();
  await resetWorkbench();
  const pptx = await makeDeck([
    ...DECK_TITLES.map((title, i) => ({ title, body: `Point ${i + 1}`, notes: `Notes for ${title}` })),
    { title: HIDDEN_TITLE, body: 'Numbers', hidden: true }
  ]);
  const pdfBytes = await makePdf(PDF_TITLES);
  deck = { name: 'Quarterly Review.pptx', mimeType: 'application/octet-stream', buffer: pptx };
  pdf = { name: 'Product Tour.pdf', mimeType: 'application/pdf', buffer: pdfBytes };
  broken = {
    name: 'Broken.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\nthis is not a PDF')
  };
  legacy = {
    name: 'Legacy Deck.ppt',
    mimeType: 'application/vnd.ms-powerpoint',
    buffer: fs.readFileSync(path.join(FIXTURES_DIR, 'legacy-style.ppt'))
  };
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.context().close()));
});

afterAll(async () => {
  await browser?.close();
  await resetWorkbench();
});

async function open(courseId: string): Promise<{ page: Page; problems: string[]; builder: Locator }> {
  const opened = await openWorkbench(browser, `#/course/${courseId}/slides`);
  pages.push(opened.page);
  const builder = opened.page.locator('c-course-builder');
  await builder.locator('lightning-card').first().waitFor();
  return { ...opened, builder };
}

const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

async function sectionTitles(builder: Locator): Promise<string[]> {
  const titles = await builder.locator('c-course-section-list .entatio-section__title').allTextContents();
  return titles.map((title) => squash(title).replace(/^Section \d+: /, ''));
}

/**
 * axe (loaded by the harness's `axeViolations`) on one element inside shadow roots (`path`: a selector per shadow
 * level); serious and critical violations.
 */
async function axeIn(page: Page, path: string[]): Promise<{ id: string; targets: string[] }[]> {
  await axeViolations(page, 'body');
  return page.evaluate(async (include) => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: object, opts: object): Promise<Result> } }).axe;
    const result = await axe.run({ include: [include] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.flat().join(',')) }));
  }, path);
}

async function titlesAre(builder: Locator, expected: string[]): Promise<void> {
  const seen = await eventually(
    () => sectionTitles(builder),
    (titles) => JSON.stringify(titles) === JSON.stringify(expected)
  ).catch(async () => sectionTitles(builder));
  expect(seen).toEqual(expected);
}

/** Waits for the builder's success notice to say `expected` (fails with what it says after 20 s). */
async function expectNotice(builder: Locator, expected: string): Promise<void> {
  const read = async (): Promise<string> => {
    const element = builder.locator('[data-id="notice"]');
    return (await element.count()) ? squash(await element.textContent()) : '';
  };
  expect(await eventually(read, (text) => text.includes(expected)).catch(read)).toContain(expected);
}

describe('the course builder', () => {
  it('builds a course from a generated deck and PDF: read, upload, reorder, edit, link, publish', async () => {
    const course = await newCourse('Quarterly business review');
    const { page, problems, builder } = await open(course.id);

    // Empty state.
    expect(squash(await builder.locator('c-state-panel h3').textContent())).toBe(
      'No sections yet — upload a deck or add a link'
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'course-builder-empty');

    // Step 1: choose files; they are read and checked in the browser, nothing is uploaded.
    const upload = builder.locator('[data-id="upload"] input[type="file"]');
    expect(await upload.isDisabled()).toBe(true);
    await builder.locator('[data-id="choose"] input[type="file"]').setInputFiles([deck, pdf, broken]);
    const plan = builder.locator('[data-id="plan"]');
    await plan.locator('li[data-file="Broken.pdf"]').waitFor({ timeout: 20_000 });
    expect(
      squash(await plan.locator('li[data-file="Quarterly Review.pptx"] [data-id="summary"]').textContent())
    ).toBe(`3 slides (1 hidden slide left out): ${DECK_TITLES.join(', ')}`);
    expect(
      squash(await plan.locator('li[data-file="Product Tour.pdf"] [data-id="summary"]').textContent())
    ).toBe(`2 pages: ${PDF_TITLES.join(', ')}`);
    expect(
      squash(await plan.locator('li[data-file="Broken.pdf"] [data-id="summary"]').textContent())
    ).toContain('"Broken.pdf" can\'t be opened');
    expect(await upload.isDisabled()).toBe(false);
    expect(await upload.getAttribute('accept')).toBe('.pptx,.pdf');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'course-builder-plan');

    // Step 2: upload the same files; the deck's and the PDF's pages become sections, in order, with their titles.
    await upload.setInputFiles([deck, pdf]);
    await expectNotice(builder, 'Added "Quarterly Review.pptx" and "Product Tour.pdf": 5 new sections.');
    await titlesAre(builder, [...DECK_TITLES, ...PDF_TITLES]);
    expect(await plan.count()).toBe(1); // the refused file stays listed with its reason
    // Salesforce's page pictures arrive (the workbench prepares them over a few polls).
    await eventually(
      () => builder.locator('c-course-section-list .entatio-section__thumb img').count(),
      (count) => count === 5
    );
    await builder.locator('c-course-media-preview img').waitFor();
    const server = await apex<CourseDetail>('getCourse', { courseId: course.id });
    expect(server.sections.map((s) => [s.title, s.pageNumber, s.mediaType])).toEqual([
      [DECK_TITLES[0], 1, 'Slide_Page'],
      [DECK_TITLES[1], 2, 'Slide_Page'],
      [DECK_TITLES[2], 3, 'Slide_Page'],
      [PDF_TITLES[0], 1, 'Slide_Page'],
      [PDF_TITLES[1], 2, 'Slide_Page']
    ]);
    expect(server.sections[0]?.notes).toBe(`Notes for ${DECK_TITLES[0]}`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'course-builder-sections');

    // Reorder with the keyboard: pick up "Next Steps", move it to the top, drop it.
    const handle = builder.locator(`c-course-section-list button[aria-label^="Reorder ${DECK_TITLES[2]},"]`);
    await handle.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    const reordered = [DECK_TITLES[2], DECK_TITLES[0], DECK_TITLES[1], ...PDF_TITLES];
    await titlesAre(builder, reordered as string[]);
    await expectNotice(builder, `Order saved: "${DECK_TITLES[2]}" is section 1.`);
    expect(
      squash(await builder.locator('c-course-section-list [data-id="announcer"]').textContent())
    ).toContain('dropped at position 1 of 5');
    // Focus stays on the moved section's handle.
    expect(
      await builder
        .locator('c-course-section-list button.entatio-section__handle:focus')
        .getAttribute('aria-label')
    ).toBe(`Reorder ${DECK_TITLES[2]}, position 1 of 5`);
    const afterMove = await apex<CourseDetail>('getCourse', { courseId: course.id });
    expect(afterMove.sections.map((s) => s.title)).toEqual(reordered);

    // Edit a title.
    await builder
      .locator('c-course-section-list .entatio-section__title', { hasText: PDF_TITLES[1] })
      .click();
    const title = builder.locator('c-course-section-editor lightning-input[data-field="title"] input');
    await title.fill('Pricing and Plans');
    await builder.locator('c-course-section-editor lightning-button', { hasText: 'Save section' }).click();
    await expectNotice(builder, 'Section 5 saved.');
    await titlesAre(builder, [...reordered.slice(0, 4), 'Pricing and Plans'] as string[]);

    // Add a link: it is shown only when asked, in a sandboxed iframe.
    await page.route('https://www.example.com/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Tour</title><h1>Example tour</h1>'
      })
    );
    const linkForm = builder.locator('c-course-link-form');
    await linkForm.locator('lightning-input[data-id="url"] input').fill('javascript:alert(1)');
    await linkForm.locator('lightning-button', { hasText: 'Add link' }).click();
    expect(
      squash(await linkForm.locator('[data-id="url"] .slds-form-element__help').textContent())
    ).toContain('Links must be web addresses that start with https:// or http://');
    await linkForm.locator('lightning-input[data-id="url"] input').fill('https://www.example.com/tour');
    await linkForm.locator('lightning-input[data-id="title"] input').fill('Example tour');
    await linkForm.locator('lightning-button', { hasText: 'Add link' }).click();
    await expectNotice(builder, 'Added the link "Example tour" as section 6.');
    await builder
      .locator('c-course-media-preview lightning-button', { hasText: 'Show the page here' })
      .click();
    const frame = builder.locator('c-course-media-preview iframe');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('allow-scripts');
    expect(await frame.getAttribute('src')).toBe('https://www.example.com/tour');
    expect(await frame.getAttribute('title')).toContain('sandboxed frame');
    expect(await page.frameLocator('c-course-media-preview iframe').locator('h1').textContent()).toBe(
      'Example tour'
    );

    // Publish, after confirming.
    await builder.locator('lightning-card lightning-button', { hasText: 'Publish' }).first().click();
    const dialog = page.getByRole('alertdialog', { name: 'Publish the course' });
    await dialog.waitFor();
    expect(squash(await dialog.textContent())).toContain(
      'Publish "Quarterly business review" with 6 sections?'
    );
    // The dialog (LightningConfirm), checked on its own: while a modal is open the page behind it is aria-hidden,
    // and the open-source base component's host element (lightning-interactive-dialog-base) carries a second
    // alertdialog role without a name — base component markup, not ours — so that one finding is set aside.
    expect(
      (await axeIn(page, ['lightning-overlay-container', 'lightning-interactive-dialog-base'])).filter(
        (v) =>
          v.id !== 'aria-dialog-name' ||
          v.targets.some((t) => !t.endsWith('lightning-interactive-dialog-base'))
      )
    ).toEqual([]);
    await screenshot(page, 'course-builder-publish-confirm');
    await dialog.locator('button', { hasText: 'OK' }).click();
    await page.locator('lightning-interactive-dialog-base').waitFor({ state: 'detached' });
    await expectNotice(builder, '"Quarterly business review" is published.');
    expect(squash(await builder.locator('lightning-badge').textContent())).toBe('Published');
    expect((await apex<CourseDetail>('getCourse', { courseId: course.id })).status).toBe('Published');

    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'course-builder-published');
    expect(problems).toEqual([]);
  });

  it('adds a legacy .ppt once Salesforce has prepared its pages', async () => {
    const course = await newCourse('Legacy deck');
    const { page, problems, builder } = await open(course.id);
    await builder.locator('[data-id="choose"] input[type="file"]').setInputFiles([legacy]);
    const summary = builder.locator('[data-id="plan"] li[data-file="Legacy Deck.ppt"] [data-id="summary"]');
    await summary.waitFor({ timeout: 20_000 });
    expect(squash(await summary.textContent())).toContain('Salesforce counts its pages after the upload');
    await builder.locator('[data-id="upload"] input[type="file"]').setInputFiles([legacy]);
    // checkFiles answers Preparing first; the builder polls, then adds one section per page.
    await expectNotice(builder, 'Added "Legacy Deck.ppt": 12 new sections.');
    await titlesAre(
      builder,
      Array.from({ length: 12 }, (_, i) => `Slide ${i + 1}`)
    );
    await screenshot(page, 'course-builder-legacy');
    expect(problems).toEqual([]);
  });

  it('plays an uploaded interactive HTML package in a sandboxed frame, in the builder and the viewer', async () => {
    // A package as authoring tools export it: one top folder, a page, a stylesheet and a script that writes the page.
    const quiz: TestFile = {
      name: 'Product Quiz.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(
        zipSync({
          'quiz/index.html': strToU8(
            '<!DOCTYPE html><html><head><title>Quiz</title><link rel="stylesheet" href="css/quiz.css">' +
              '<script src="js/quiz.js" defer></script></head><body><h1>Product quiz</h1><p id="out"></p></body></html>'
          ),
          'quiz/css/quiz.css': strToU8('h1 { color: rgb(1, 118, 211); }'),
          'quiz/js/quiz.js': strToU8(
            "document.getElementById('out').textContent = 'Written by the package: ' + " +
              "(function () { try { return document.cookie === '' ? 'no cookies' : 'cookies!'; } " +
              "catch (e) { return 'no cookies'; } })();"
          )
        })
      )
    };
    const course = await newCourse('Interactive quiz');
    const { page, problems, builder } = await open(course.id);
    await builder.locator('[data-id="choose"] input[type="file"]').setInputFiles([quiz]);
    const summary = builder.locator('[data-id="plan"] li[data-file="Product Quiz.zip"] [data-id="summary"]');
    await summary.waitFor({ timeout: 20_000 });
    expect(squash(await summary.textContent())).toContain('1 interactive HTML section');
    await builder.locator('[data-id="upload"] input[type="file"]').setInputFiles([quiz]);
    await expectNotice(builder, 'Added "Product Quiz.zip"');

    const frame = builder.locator('c-course-media-preview iframe.entatio-preview__package');
    await frame.waitFor({ timeout: 20_000 });
    expect(await frame.getAttribute('sandbox')).toBe('allow-scripts');
    expect(await frame.getAttribute('title')).toContain('sandboxed frame');
    const inside = page.frameLocator('c-course-media-preview iframe.entatio-preview__package');
    await inside.locator('#out', { hasText: 'Written by the package' }).waitFor({ timeout: 20_000 });
    expect(await inside.locator('#out').textContent()).toBe('Written by the package: no cookies');
    expect(await inside.locator('h1').evaluate((h1) => getComputedStyle(h1).color)).toBe('rgb(1, 118, 211)');
    // The package runs at an opaque origin: it cannot reach the page that frames it.
    const origin = await inside.locator('body').evaluate(() => {
      try {
        return `${window.origin}|${String(window.parent.document)}`;
      } catch {
        return `${window.origin}|blocked`;
      }
    });
    expect(origin).toBe('null|blocked');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'course-builder-html-package');

    // The viewer on the same page plays it too (after a reload, it opens the course anew).
    await page.reload();
    const viewerFrame = page.locator('c-slide-viewer c-course-media-preview iframe.entatio-preview__package');
    await viewerFrame.waitFor({ timeout: 20_000 });
    expect(await viewerFrame.getAttribute('sandbox')).toBe('allow-scripts');
    const viewerInside = page.frameLocator(
      'c-slide-viewer c-course-media-preview iframe.entatio-preview__package'
    );
    await viewerInside.locator('#out', { hasText: 'Written by the package' }).waitFor({ timeout: 20_000 });
    await viewerFrame.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    expect(await viewerInside.locator('#out').textContent()).toBe('Written by the package: no cookies');
    // The viewer alone: a full-page screenshot leaves frames outside the viewport unpainted.
    await page
      .locator('c-slide-viewer')
      .screenshot({ path: path.join(screenshotDir, 'slide-viewer-html-package.png') });
    expect(problems).toEqual([]);
  });

  it('is read-only for an archived course', async () => {
    const course = await newCourse('Retired course');
    await apex('addLink', { courseId: course.id, url: 'https://www.example.com/old', title: 'Old page' });
    // Archive it through the UI API, as an admin would on the record.
    const response = await fetch(new URL(`/__workbench/ui-api/records/${course.id}`, workbenchUrl()), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fields: { Status__c: 'Archived' } })
    });
    expect(response.ok).toBe(true);
    const { page, problems, builder } = await open(course.id);
    expect(squash(await builder.locator('[role="note"]').textContent())).toContain('This course is archived');
    expect(await builder.locator('[data-id="choose"]').count()).toBe(0);
    expect(await builder.locator('c-course-section-list button[aria-label^="Reorder"]').count()).toBe(0);
    expect(await builder.locator('lightning-button', { hasText: 'Publish' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'course-builder-read-only');
    expect(problems).toEqual([]);
  });
});
