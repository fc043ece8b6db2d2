/**
 * The committed fixtures (see __fixtures__/README.md): what the reader makes of each producer's output,
 * and that the hand-built ones are exactly what make-fixtures.ts writes.
 */
import './lwcSource';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES_DIR, HAND_BUILT } from '../__fixtures__/make-fixtures';
import { inspect } from '../inspect';

const fixture = (name: string): string => path.join(FIXTURES_DIR, name);

async function json(name: string): Promise<unknown> {
  const result = await inspect([fixture(name)]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

describe('committed deck fixtures', () => {
  it.each(Object.keys(HAND_BUILT))('%s is what make-fixtures.ts writes', (name) => {
    expect(Buffer.compare(fs.readFileSync(fixture(name)), Buffer.from(HAND_BUILT[name]()))).toBe(0);
  });

  it('LibreOffice Impress .pptx export (genuine)', async () => {
    expect(await json('libreoffice-impress.pptx')).toEqual({
      format: 'pptx',
      slides: [
        {
          index: 1,
          title: 'Quarterly Review — Q3',
          text: 'Prepared for Acme & Co. <EMEA>',
          notes: 'Welcome everyone.\nIntroduce the agenda in one minute.'
        },
        {
          index: 2,
          title: 'Agenda',
          text: 'Results\nRevenue up 12%\nRisks\nNext steps',
          notes: 'Keep it short.'
        },
        { index: 3, title: 'Numbers', text: 'Region\tQ2\tQ3\nEMEA\t1.2\t1.4', notes: '' },
        { index: 4, title: 'Backup slide', text: '', notes: '' },
        {
          index: 5,
          title: 'Café, naïve, Ωμέγα, Привет',
          text: 'Quotes "double" and \'single\' — done',
          notes: ''
        },
        { index: 6, title: '', text: '', notes: '' }
      ]
    });
  });

  it('LibreOffice Impress .pdf export (genuine; hidden slide not exported)', async () => {
    expect(await json('libreoffice-impress.pdf')).toEqual({
      format: 'pdf',
      slides: [
        { index: 1, title: 'Quarterly Review — Q3', text: 'Prepared for Acme & Co. <EMEA>', notes: '' },
        { index: 2, title: 'Agenda', text: 'Results\nRevenue up 12%\nRisks\nNext steps', notes: '' },
        { index: 3, title: 'Numbers', text: 'Region Q2 Q3\nEMEA 1.2 1.4', notes: '' },
        {
          index: 4,
          title: 'Café, naïve, Ωμέγα, Привет',
          text: 'Quotes "double" and \'single\' — done',
          notes: ''
        },
        { index: 5, title: '', text: '', notes: '' }
      ]
    });
  });

  it('LibreOffice password-protected PDF (genuine)', async () => {
    const result = await inspect([fixture('libreoffice-password.pdf')]);
    expect(result).toMatchObject({ exitCode: 1, stderr: expect.stringContaining('is password-protected') });
  });

  it('Google Slides-style .pptx (hand-built)', async () => {
    expect(await json('google-slides-style.pptx')).toEqual({
      format: 'pptx',
      slides: [
        {
          index: 1,
          title: 'Onboarding 2025',
          text: 'Customer Success team',
          notes: 'Introduce yourself.\nShare the goal of the session.'
        },
        {
          index: 2,
          title: 'Agenda',
          text: 'Why we changed\nWhat it means for you\nTimeline',
          notes: 'Spend two minutes here.'
        },
        { index: 3, title: 'Draft ideas', text: 'Not ready', notes: '' },
        { index: 4, title: 'Thanks for watching!', text: 'questions@example.com', notes: '' }
      ]
    });
  });

  it('Keynote-style .pptx (hand-built)', async () => {
    expect(await json('keynote-style.pptx')).toEqual({
      format: 'pptx',
      slides: [
        { index: 1, title: 'Keynote Deck', text: 'By the Product Team', notes: 'Start with the story.' },
        { index: 2, title: 'Roadmap', text: 'Slide 2 of 3\nUpdated 1/15/2025', notes: 'Mention the beta.' },
        { index: 3, title: 'Team', text: 'Ana — Design\nBen — Engineering', notes: '' }
      ]
    });
  });

  it('PowerPoint-style .pptx (hand-built)', async () => {
    expect(await json('powerpoint-style.pptx')).toEqual({
      format: 'pptx',
      slides: [
        {
          index: 1,
          title: 'Quarterly business review',
          text: 'R&D <draft> €5 🚀 "go"\nspaced out\nSecond level',
          notes: 'First line of notes\nSecond & last line'
        },
        {
          index: 2,
          title: 'Plan',
          text: 'Discover\nBuild\nLaunch\nE=mc2\nRegion\tTotal\nEMEA\tQ1\t10\nQ2\t12',
          notes: ''
        },
        { index: 3, title: 'Appendix', text: 'Backup numbers', notes: '' },
        { index: 4, title: '', text: '', notes: '' }
      ]
    });
  });

  it('password-protected .pptx and legacy .ppt containers (hand-built)', async () => {
    expect(await inspect([fixture('password-protected-style.pptx')])).toMatchObject({
      exitCode: 1,
      stderr:
        '"password-protected-style.pptx" is password-protected. Save a copy without the password (or without restricted access) and upload that.\n'
    });
    expect(await inspect([fixture('legacy-style.ppt')])).toMatchObject({ exitCode: 2 });
  });
});
