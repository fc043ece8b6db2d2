/** Throw-away SFDX projects for the verifier tests. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const SFDX_PROJECT = JSON.stringify(
  {
    packageDirectories: [{ path: 'force-app', default: true }],
    name: 'fixture',
    namespace: '',
    sourceApiVersion: '66.0'
  },
  null,
  2
);

export const CLASS_META = `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>66.0</apiVersion>
    <status>Active</status>
</ApexClass>
`;

export const LWC_META = `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>66.0</apiVersion>
    <isExposed>false</isExposed>
</LightningComponentBundle>
`;

export const FORCEIGNORE = `**/lwc/**/*.ts
**/lwc/**/__tests__/**
**/lwc/**/tsconfig.json
**/*.d.ts
`;

/** A `Course__c` custom object with a `Status__c` text field, in source format. */
export const COURSE_OBJECT: Record<string, string> = {
  'force-app/main/default/objects/Course__c/Course__c.object-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <deploymentStatus>Deployed</deploymentStatus>
    <label>Course</label>
    <nameField>
        <label>Course Name</label>
        <type>Text</type>
    </nameField>
    <pluralLabel>Courses</pluralLabel>
    <sharingModel>Private</sharingModel>
</CustomObject>
`,
  'force-app/main/default/objects/Course__c/fields/Status__c.field-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Status__c</fullName>
    <label>Status</label>
    <length>40</length>
    <type>Text</type>
</CustomField>
`
};

/** Apex class source plus its meta file, under force-app/main/default/classes. */
export function apexClass(name: string, body: string): Record<string, string> {
  return {
    [`force-app/main/default/classes/${name}.cls`]: body,
    [`force-app/main/default/classes/${name}.cls-meta.xml`]: CLASS_META
  };
}

/** Creates a project in a fresh temp directory: sfdx-project.json plus `files` (paths relative to it). */
export function makeProject(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'entatio-verify-'));
  fs.writeFileSync(path.join(root, 'sfdx-project.json'), SFDX_PROJECT);
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

export function removeProject(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}
