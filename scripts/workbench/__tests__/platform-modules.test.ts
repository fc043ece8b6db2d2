import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readCustomLabels, resolvePlatformModule } from '../platform-modules';
import { platformDir } from '../paths';

const context = { labels: { Engagement_Title: 'Engagement' } };
const code = (id: string): string => {
  const resolved = resolvePlatformModule(id, context);
  if (resolved?.kind !== 'code') throw new Error(`${id} resolved to ${JSON.stringify(resolved)}`);
  return resolved.code;
};

describe('resolvePlatformModule', () => {
  it('turns an Apex method import into a call through the workbench server', () => {
    const source = code('@salesforce/apex/CourseController.getCourse');
    expect(source).toContain(JSON.stringify(path.join(platformDir, 'apex.ts')));
    expect(source).toContain('export default apexMethod("CourseController", "getCourse");');
  });

  it('rejects Apex imports that are not Class.method', () => {
    expect(resolvePlatformModule('@salesforce/apex/CourseController', context)?.kind).toBe('unsupported');
    expect(resolvePlatformModule('@salesforce/apex/a.b.c', context)?.kind).toBe('unsupported');
  });

  it('serves lightning modules OSS lacks from app/platform', () => {
    expect(resolvePlatformModule('lightning/navigation', context)).toEqual({
      kind: 'file',
      file: path.join(platformDir, 'navigation.ts')
    });
    expect(resolvePlatformModule('lightning/uiRecordApi', context)).toMatchObject({ kind: 'file' });
    expect(resolvePlatformModule('@salesforce/apex', context)).toMatchObject({ kind: 'file' });
    expect(code('lightning/platformShowToastEvent')).toContain("super('lightning__showtoast'");
    expect(code('@salesforce/gate/bc.260.enableComboboxElementInternals')).toContain('isOpen: () => false');
  });

  it('generates schema references, labels, permissions and resource URLs', () => {
    expect(code('@salesforce/schema/Account.Name')).toContain(
      '{"objectApiName":"Account","fieldApiName":"Name"}'
    );
    expect(code('@salesforce/schema/Contact.Account.Name')).toContain('"fieldApiName":"Account.Name"');
    expect(code('@salesforce/schema/Course__c')).toContain('{"objectApiName":"Course__c"}');
    expect(code('@salesforce/label/c.Engagement_Title')).toBe('export default "Engagement";\n');
    expect(resolvePlatformModule('@salesforce/label/c.Missing', context)).toMatchObject({
      kind: 'unsupported'
    });
    expect(code('@salesforce/customPermission/Entatio_Admin')).toContain('hasPermission("Entatio_Admin")');
    expect(code('@salesforce/resourceUrl/chartjs')).toBe('export default "/resources/chartjs";\n');
    expect(code('@salesforce/user/Id')).toContain('config.userId');
  });

  it('leaves base-component modules to lightning-base-components', () => {
    expect(resolvePlatformModule('@salesforce/label/LightningButtonMenu.showMenu', context)).toBeUndefined();
    expect(resolvePlatformModule('@salesforce/i18n/locale', context)).toBeUndefined();
    expect(resolvePlatformModule('lightning/button', context)).toBeUndefined();
    expect(resolvePlatformModule('c/statePanel', context)).toBeUndefined();
  });
});

describe('readCustomLabels', () => {
  it('reads every label of the package', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labels-'));
    try {
      fs.mkdirSync(path.join(dir, 'main/common/labels'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'main/common/labels/CustomLabels.labels-meta.xml'),
        `<?xml version="1.0" encoding="UTF-8"?>
<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
    <labels><fullName>One</fullName><language>en_US</language><protected>false</protected><shortDescription>One</shortDescription><value>First &amp; only</value></labels>
</CustomLabels>`
      );
      expect(readCustomLabels(dir)).toEqual({ One: 'First & only' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
