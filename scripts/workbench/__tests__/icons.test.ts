import * as path from 'node:path';
import {
  categoryOfLibrary,
  iconLibraryCode,
  iconTemplateFile,
  libraryModuleOf,
  scanIconNames
} from '../icons';
import { appDir } from '../paths';

const lbc = path.join(
  path.dirname(require.resolve('lightning-base-components/package.json')),
  'src',
  'lightning'
);

describe('icons', () => {
  it('maps icon library modules to categories (RTL libraries too)', () => {
    expect(libraryModuleOf('utility')).toBe('lightning/iconSvgTemplatesUtility');
    expect(categoryOfLibrary('lightning/iconSvgTemplatesStandardRtl')).toBe('standard');
    expect(categoryOfLibrary('lightning/iconSvgTemplates')).toBeUndefined();
    expect(categoryOfLibrary('lightning/icon')).toBeUndefined();
  });

  it('finds the icons the workbench names', () => {
    const names = scanIconNames([appDir, path.join(appDir, '..')]);
    expect([...names]).toEqual(
      expect.arrayContaining(['standard:account', 'standard:home', 'utility:close'])
    );
  });

  it('generates a library of existing templates behind a reporting proxy', () => {
    expect(iconTemplateFile(lbc, 'utility:info')).toMatch(
      /iconSvgTemplatesUtility\/buildTemplates\/utility\/info\.html$/
    );
    expect(iconTemplateFile(lbc, 'utility:no_such_icon')).toBeUndefined();
    const code = iconLibraryCode(lbc, 'utility', [
      'utility:info',
      'utility:no_such_icon',
      'standard:account'
    ]);
    expect(code).toContain('"utility_info": t0');
    expect(code).not.toContain('no_such_icon"');
    expect(code).not.toContain('standard_account');
    expect(code).toContain('new Proxy(templates');
    expect(code).toContain('EXTRA_ICONS');
  });
});
