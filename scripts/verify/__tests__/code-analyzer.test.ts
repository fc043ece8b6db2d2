import type { Finding } from '../../lib/findings';
import { checkCodeAnalyzer } from '../code-analyzer';
import { FORCEIGNORE, LWC_META, apexClass, makeProject, removeProject } from './fixture';

// PMD runs in a JVM and ESLint loads its plugins: ~15-30 s per run. The limit is a runner limit only.
jest.setTimeout(240_000);

const GOOD = `/**
 * Creates accounts on behalf of the running user.
 */
public with sharing class AccountCreator {
    /**
     * Inserts an account in user mode and reads it back.
     * @param name the account name
     * @return the new account
     */
    public static Account create(String name) {
        Account a = new Account(Name = name);
        insert as user a;
        return [SELECT Id, Name FROM Account WHERE Id = :a.Id WITH USER_MODE LIMIT 1];
    }
}
`;

const BAD = `/**
 * Ignores CRUD/FLS and sharing.
 */
public without sharing class Leaky {
    /**
     * Writes and reads without checking the user's access.
     * @return the accounts
     */
    public static List<Account> run() {
        insert new Account(Name = 'x');
        return [SELECT Id, Name FROM Account LIMIT 10];
    }
}
`;

const NO_SHARING = `/**
 * Declares no sharing mode.
 */
public class NoSharing {
    /**
     * Reads in user mode, but the class itself runs without a sharing declaration.
     * @return the accounts
     */
    public static List<Account> run() {
        return [SELECT Id, Name FROM Account WITH USER_MODE LIMIT 10];
    }
}
`;

const GOOD_LWC = {
  'force-app/main/default/lwc/greeting/greeting.js':
    "import { LightningElement, api } from 'lwc';\n\nexport default class Greeting extends LightningElement {\n    @api name;\n}\n",
  'force-app/main/default/lwc/greeting/greeting.html': '<template>\n    <p>{name}</p>\n</template>\n',
  'force-app/main/default/lwc/greeting/greeting.js-meta.xml': LWC_META
};

describe('code-analyzer', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach(removeProject));
  const run = async (files: Record<string, string>, warnings: Finding[] = []) => {
    const root = makeProject({ '.forceignore': FORCEIGNORE, ...files });
    roots.push(root);
    return checkCodeAnalyzer({ root, warn: (f) => warnings.push(f) });
  };

  it('passes clean Apex and LWC', async () => {
    const warnings: Finding[] = [];
    expect(await run({ ...apexClass('AccountCreator', GOOD), ...GOOD_LWC }, warnings)).toEqual([]);
    expect(warnings.every((w) => /^sev [3-5] /.test(w.message))).toBe(true);
  });

  it('fails on a CRUD/FLS violation, a missing sharing declaration and innerHTML in a component', async () => {
    const findings = await run({
      ...apexClass('Leaky', BAD),
      ...apexClass('NoSharing', NO_SHARING),
      ...GOOD_LWC,
      'force-app/main/default/lwc/greeting/greeting.js':
        "import { LightningElement, api } from 'lwc';\n\nexport default class Greeting extends LightningElement {\n    @api name;\n\n    renderedCallback() {\n        this.template.querySelector('p').innerHTML = this.name;\n    }\n}\n",
      // Tests do not deploy and are not scanned.
      'force-app/main/default/lwc/greeting/__tests__/greeting.test.js':
        "document.body.innerHTML = '<p>x</p>';\n"
    });
    const summary = findings.map((f) => `${f.file}:${f.line} ${f.message}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^force-app\/main\/default\/classes\/Leaky\.cls:10 sev [12] pmd:ApexCRUDViolation/
        ),
        expect.stringMatching(
          /^force-app\/main\/default\/classes\/Leaky\.cls:11 sev [12] pmd:ApexCRUDViolation/
        ),
        expect.stringMatching(
          /^force-app\/main\/default\/classes\/NoSharing\.cls:4 sev 2 pmd:ApexSharingViolations/
        ),
        expect.stringMatching(
          /^force-app\/main\/default\/lwc\/greeting\/greeting\.js:7 sev [12] eslint:@lwc\/lwc\/no-inner-html/
        )
      ])
    );
    expect(summary.some((s) => s.includes('__tests__'))).toBe(false);
  });

  it('scans static resources with RetireJS only: a known-vulnerable library is reported, its code is not linted', async () => {
    const warnings: Finding[] = [];
    const findings = await run(
      {
        ...apexClass('AccountCreator', GOOD),
        // A minified library build: innerHTML in it is not ours to lint, its version is ours to keep current.
        'force-app/main/default/staticresources/jquery.js':
          "/*! jQuery v1.8.1 jquery.com | jquery.org/license */\n(function(a){a.document.body.innerHTML='';})(window);\n",
        'force-app/main/default/staticresources/jquery.resource-meta.xml':
          '<?xml version="1.0" encoding="UTF-8"?>\n<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata"><cacheControl>Public</cacheControl><contentType>application/javascript</contentType></StaticResource>\n'
      },
      warnings
    );
    expect(findings).toEqual([]);
    const resourceWarnings = warnings.filter((w) => w.file.includes('staticresources'));
    expect(resourceWarnings.length).toBeGreaterThan(0);
    expect(resourceWarnings.every((w) => w.message.includes('retire-js:'))).toBe(true);
  });
});
