import * as path from 'node:path';
import ts from 'typescript';
import { appDir } from '../paths';

/** The browser code compiles as browser code (DOM, ESNext, no Node types), with its own tsconfig. */
it('type-checks the workbench app with scripts/workbench/app/tsconfig.json', () => {
  const configFile = path.join(appDir, 'tsconfig.json');
  const read = ts.readConfigFile(configFile, (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, appDir);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const problems = ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (!d.file || d.start === undefined) return text;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.relative(appDir, d.file.fileName)}:${line + 1} ${text}`;
  });
  expect(parsed.fileNames.length).toBeGreaterThan(10);
  expect(problems).toEqual([]);
}, 60_000);
