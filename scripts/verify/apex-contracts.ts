/**
 * Apex contracts: every `@salesforce/apex/<Class>.<method>` an LWC imports is one contract, declared once in
 * `force-app/types/apex/<Class>.d.ts` and kept by three parties. This check proves, offline:
 *
 * 1. the component's import has a typed declaration (`declare module '@salesforce/apex/<Class>.<method>'`
 *    whose default export is `ApexMethod<{ ...params }, Result>`, see force-app/types/apex/README.md), so
 *    the component compiles against the contract rather than the untyped `@salesforce/apex/*` fallback;
 * 2. the Apex class (`force-app/**\/classes/<Class>.cls`) has a public or global `static` method of that name
 *    annotated `@AuraEnabled` (with or without `(cacheable=true)`), whose parameter names are exactly the
 *    keys of the declared params object — LWC passes parameters by name, so a renamed parameter arrives as
 *    null in the org;
 * 3. the workbench implements it: `scripts/workbench/apex/<Class>.ts` exports `<method>`.
 *
 * Declarations no component imports yet are held to 2 and 3 as well: a declared contract is a promise both
 * sides keep. Types of DTOs are not compared with Apex here; `tsc` holds the component and the workbench to
 * the same declaration.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import type { Finding } from '../lib/findings';
import { type VerifyOptions, lineColumn, listFiles, packageDirOf, relativeTo, resolveRoot } from './util';

const CHECK = 'apex-contracts';
const APEX_MODULE = /^@salesforce\/apex\/([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)$/;

interface Location {
  file: string;
  line: number;
  column?: number;
}

export interface ApexImport extends Location {
  className: string;
  methodName: string;
}

export interface ApexDeclaration extends Location {
  className: string;
  methodName: string;
  /** Keys of the params object (empty when the function takes none). */
  params: string[];
}

export interface AuraMethod {
  name: string;
  params: string[];
  isStatic: boolean;
  access: 'public' | 'global' | 'private' | 'protected' | 'default';
  auraEnabled: boolean;
  line: number;
}

function locate(source: ts.SourceFile, node: ts.Node): { line: number; column: number } {
  const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return { line: line + 1, column: character + 1 };
}

/** Value imports of Apex methods in one TypeScript file (type-only imports are not calls). */
export function findApexImports(file: string, text: string = fs.readFileSync(file, 'utf8')): ApexImport[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: ApexImport[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.importClause?.isTypeOnly) continue;
    const match = APEX_MODULE.exec(statement.moduleSpecifier.text);
    if (match)
      found.push({ className: match[1]!, methodName: match[2]!, file, ...locate(source, statement) });
  }
  return found;
}

/** The `@salesforce/apex/<Class>.<method>` declarations in the given `.d.ts` files, with their params keys. */
export function readDeclarations(files: string[]): { declarations: ApexDeclaration[]; problems: Finding[] } {
  const declarations: ApexDeclaration[] = [];
  const problems: Finding[] = [];
  if (!files.length) return { declarations, problems };
  const program = ts.createProgram(files, {
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    types: [],
    noLib: false
  });
  const checker = program.getTypeChecker();
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    for (const statement of source.statements) {
      if (!ts.isModuleDeclaration(statement) || !ts.isStringLiteral(statement.name)) continue;
      const match = APEX_MODULE.exec(statement.name.text);
      if (!match) continue;
      const [, className, methodName] = match as unknown as [string, string, string];
      const where = { file, ...locate(source, statement) };
      const moduleSymbol = checker.getSymbolAtLocation(statement.name);
      let method =
        moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((e) => e.escapedName === 'default');
      if (method && method.flags & ts.SymbolFlags.Alias) method = checker.getAliasedSymbol(method);
      const signature = method && checker.getTypeOfSymbolAtLocation(method, statement).getCallSignatures()[0];
      if (!signature) {
        problems.push({
          check: CHECK,
          ...where,
          message:
            `'@salesforce/apex/${className}.${methodName}' must export the method as its default: ` +
            `\`const ${methodName}: ApexMethod<{ ...params }, Result>; export default ${methodName};\`.`
        });
        continue;
      }
      const [first, ...others] = signature.getParameters();
      if (others.length) {
        problems.push({
          check: CHECK,
          ...where,
          message: `${className}.${methodName} must take one params object.`
        });
      }
      const params = first
        ? checker
            .getPropertiesOfType(
              checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(first, statement))
            )
            .map((p) => p.getName())
        : [];
      declarations.push({ className, methodName, params, ...where });
    }
  }
  return { declarations, problems };
}

/** Blanks comments and string literals (keeping offsets) so annotations and signatures can be read. */
export function stripApexNoise(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, (m) => m.replace(/[^\n]/g, ' '));
}

const MODIFIERS =
  '(?:public|global|private|protected|static|override|virtual|abstract|webservice|testmethod)';
const METHOD = new RegExp(
  // annotations (any, in any order), modifiers, return type (generics, arrays), name, parameters
  `((?:@[A-Za-z_]\\w*(?:\\s*\\([^)]*\\))?\\s*)*)` +
    `((?:${MODIFIERS}\\s+)*)` +
    `([A-Za-z_][\\w.]*(?:\\s*<[^;{}()]*?>)?(?:\\s*\\[\\s*\\])?)\\s+` +
    `([A-Za-z_]\\w*)\\s*\\(([^)]*)\\)\\s*\\{`,
  'gi'
);

function splitParams(list: string): string[] {
  const params: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '<') depth++;
    if (ch === '>') depth--;
    if (ch === ',' && depth === 0) {
      params.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) params.push(current);
  return params.map((p) => {
    const words = p.trim().split(/\s+/);
    return words[words.length - 1]!;
  });
}

/** Methods of an Apex class (top level or inner), with their annotations read. */
export function readApexMethods(text: string): AuraMethod[] {
  const clean = stripApexNoise(text);
  const methods: AuraMethod[] = [];
  for (const match of clean.matchAll(METHOD)) {
    const [, annotations = '', modifiers = '', returnType = '', name = '', paramList = ''] = match;
    const keyword = returnType.toLowerCase();
    if (['if', 'for', 'while', 'switch', 'catch', 'return', 'new', 'else'].includes(keyword)) continue;
    if (['if', 'for', 'while', 'switch', 'catch'].includes(name.toLowerCase())) continue;
    const mods = modifiers.toLowerCase().split(/\s+/).filter(Boolean);
    const access =
      (['public', 'global', 'private', 'protected'] as const).find((a) => mods.includes(a)) ?? 'default';
    const nameOffset = match.index + match[0].search(new RegExp(`\\b${name}\\s*\\(`));
    methods.push({
      name,
      params: splitParams(paramList),
      isStatic: mods.includes('static'),
      access,
      auraEnabled: /@AuraEnabled\b/i.test(annotations),
      line: lineColumn(clean, nameOffset).line
    });
  }
  return methods;
}

/** Names a TypeScript module exports (functions, consts, `export { a as b }`). */
export function exportedNames(text: string, file = 'module.ts'): Set<string> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const names = new Set<string>();
  const exported = (node: ts.Node): boolean =>
    ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && exported(statement))
      names.add(statement.name.text);
    if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const d of statement.declarationList.declarations)
        if (ts.isIdentifier(d.name)) names.add(d.name.text);
    }
    if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const e of statement.exportClause.elements) names.add(e.name.text);
    }
  }
  return names;
}

const sameNames = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().every((name, i) => name === [...b].sort()[i]);

export async function checkApexContracts(options: VerifyOptions = {}): Promise<Finding[]> {
  const root = resolveRoot(options);
  const packageDir = packageDirOf(root);
  const rel = (file: string): string => relativeTo(root, file);
  const findings: Finding[] = [];
  const report = (where: Location, message: string): void => {
    findings.push({ check: CHECK, file: rel(where.file), line: where.line, column: where.column, message });
  };

  const lwcFiles = listFiles(
    packageDir,
    (f) =>
      /[\\/]lwc[\\/]/.test(f) &&
      f.endsWith('.ts') &&
      !f.endsWith('.d.ts') &&
      !/[\\/](__tests__|__mocks__)[\\/]/.test(f)
  );
  const imports = lwcFiles.flatMap((f) => findApexImports(f));

  const declarationDir = path.join(packageDir, 'types', 'apex');
  const { declarations, problems } = readDeclarations(listFiles(declarationDir, (f) => f.endsWith('.d.ts')));
  problems.forEach((p) => findings.push({ ...p, file: rel(p.file) }));
  const declared = new Map(declarations.map((d) => [`${d.className}.${d.methodName}`, d]));

  const classFiles = new Map(
    listFiles(packageDir, (f) => f.endsWith('.cls') && /[\\/]classes[\\/]/.test(f)).map((f) => [
      path.basename(f, '.cls').toLowerCase(),
      f
    ])
  );
  const apexCache = new Map<string, AuraMethod[]>();
  const apexMethods = (file: string): AuraMethod[] => {
    if (!apexCache.has(file)) apexCache.set(file, readApexMethods(fs.readFileSync(file, 'utf8')));
    return apexCache.get(file)!;
  };
  const workbenchDir = path.join(root, 'scripts', 'workbench', 'apex');
  const workbenchCache = new Map<string, Set<string> | null>();
  const workbenchExports = (className: string): Set<string> | null => {
    if (!workbenchCache.has(className)) {
      const file = path.join(workbenchDir, `${className}.ts`);
      workbenchCache.set(
        className,
        fs.existsSync(file) ? exportedNames(fs.readFileSync(file, 'utf8'), file) : null
      );
    }
    return workbenchCache.get(className)!;
  };

  for (const use of imports) {
    if (!declared.has(`${use.className}.${use.methodName}`)) {
      report(
        use,
        `imports @salesforce/apex/${use.className}.${use.methodName}, which force-app/types/apex/${use.className}.d.ts ` +
          `does not declare: add \`declare module '@salesforce/apex/${use.className}.${use.methodName}'\` with its ` +
          'params and result types.'
      );
    }
  }

  // Every declared contract (imported or not) against its file name, Apex, and the workbench.
  for (const declaration of declarations) {
    const { className, methodName } = declaration;
    const contract = `${className}.${methodName}`;
    const expectedFile = path.join(declarationDir, `${className}.d.ts`);
    if (path.resolve(declaration.file) !== path.resolve(expectedFile)) {
      report(
        declaration,
        `${contract} belongs in force-app/types/apex/${className}.d.ts (one file per Apex class).`
      );
    }

    const classFile = classFiles.get(className.toLowerCase());
    if (!classFile) {
      report(declaration, `${contract}: no Apex class ${className} (force-app/**/classes/${className}.cls).`);
    } else {
      const candidates = apexMethods(classFile).filter(
        (m) => m.name.toLowerCase() === methodName.toLowerCase()
      );
      const method = candidates.find((m) => m.auraEnabled) ?? candidates[0];
      const at = (line?: number): Location => ({ file: classFile, line: line ?? 1 });
      if (!method) {
        report(at(), `${className} has no method ${methodName}, which ${rel(declaration.file)} declares.`);
      } else if (!method.auraEnabled) {
        report(at(method.line), `${contract} is called from Lightning components but is not @AuraEnabled.`);
      } else {
        if (method.name !== methodName) {
          report(at(method.line), `${contract} is spelled ${method.name} in Apex; use one spelling.`);
        }
        if (!method.isStatic) report(at(method.line), `@AuraEnabled method ${contract} must be static.`);
        if (method.access !== 'public' && method.access !== 'global') {
          report(at(method.line), `@AuraEnabled method ${contract} must be public or global.`);
        }
        if (!sameNames(method.params, declaration.params)) {
          report(
            declaration,
            `${contract} parameters differ: Apex (${method.params.join(', ') || 'none'}) vs. declaration ` +
              `{ ${declaration.params.join(', ') || ''} }. Components pass parameters by name.`
          );
        }
      }
    }

    const exported = workbenchExports(className);
    if (!exported?.has(methodName)) {
      report(
        declaration,
        `${contract} has no workbench implementation: export \`${methodName}\` from scripts/workbench/apex/${className}.ts.`
      );
    }
  }
  return findings;
}
