/**
 * The workbench side of the Apex contracts. An LWC imports `@salesforce/apex/<Class>.<method>`; in the
 * workbench that import posts to the server, which runs the function of the same name exported by
 * `scripts/workbench/apex/<Class>.ts` over the sample data.
 *
 * The contract is declared once, in `force-app/types/apex/<Class>.d.ts`, and both sides compile against it:
 *
 *     // force-app/types/apex/CourseController.d.ts (a script: no top-level import/export)
 *     /// <reference path="./apex-method.d.ts" />
 *     declare module '@salesforce/apex/CourseController' {          // the class's DTOs (types only)
 *       export interface CourseDto { id: string; name: string }
 *     }
 *     declare module '@salesforce/apex/CourseController.getCourse' {
 *       import type { CourseDto } from '@salesforce/apex/CourseController';
 *       const getCourse: ApexMethod<{ courseId: string }, CourseDto>;
 *       export default getCourse;
 *     }
 *
 *     // scripts/workbench/apex/CourseController.ts (the root tsconfig includes force-app/types/apex/*.d.ts)
 *     import type getCourseContract from '@salesforce/apex/CourseController.getCourse';
 *     import { AuraHandledException, type ApexImplementation } from '../apex-runtime';
 *     export const getCourse: ApexImplementation<typeof getCourseContract> = ({ courseId }, { data }) => { ... };
 *
 * A renamed parameter or a changed DTO is then a `tsc` error in the component or the implementation, and
 * `scripts/verify/apex-contracts.ts` checks the Apex class against the same declaration.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkbenchData } from './data';
import { apexRuntimeDir, apexSourceDir } from './paths';

/** What an implementation runs against: the dataset (mutable: a workbench session may write) and the user. */
export interface ApexContext {
  data: WorkbenchData;
  /** `UserInfo.getUserId()`: the dataset user the workbench runs as. */
  userId: string;
  /** "Now" in the sample data's world: `asOf` at midnight UTC, so results are reproducible. */
  now: Date;
}

/** The parameters object of an Apex method declaration (`{}` for a method without parameters). */
export type ApexParams<F> = F extends (params: infer P) => unknown
  ? [P] extends [void]
    ? Record<string, never>
    : NonNullable<P>
  : Record<string, never>;
/** What an Apex method declaration resolves to. */
export type ApexResult<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

/** A workbench implementation of the Apex method declared by `F` (`typeof import('@salesforce/apex/C.m')`). */
export type ApexImplementation<F> = (
  params: ApexParams<F>,
  context: ApexContext
) => ApexResult<F> | Promise<ApexResult<F>>;

/**
 * Throw this for the errors Apex reports with `AuraHandledException`: the component receives
 * `{ status: 500, body: { message } }`, as from the platform.
 */
export class AuraHandledException extends Error {
  override name = 'AuraHandledException';
}

export interface ApexResponse {
  status: number;
  body: unknown;
}

type ApexModule = Record<string, unknown>;

/** Finds and calls `<Class>.<method>` implementations; unknown ones answer like a missing Apex method. */
export class ApexRuntime {
  private readonly cache = new Map<string, ApexModule | null>();

  constructor(private readonly implementationDir: string = apexRuntimeDir) {}

  /** The compiled implementation module of a class (for workbench-only exports such as stored files), or null. */
  implementation(className: string): ApexModule | null {
    return this.load(className);
  }

  private load(className: string): ApexModule | null {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(className)) return null;
    if (this.cache.has(className)) return this.cache.get(className)!;
    const compiled = path.join(this.implementationDir, `${className}.js`);
    const source = path.join(apexSourceDir, `${className}.ts`);
    if (
      this.implementationDir === apexRuntimeDir &&
      fs.existsSync(source) &&
      (!fs.existsSync(compiled) || fs.statSync(compiled).mtimeMs < fs.statSync(source).mtimeMs)
    ) {
      throw new Error(
        `scripts/workbench/apex/${className}.ts is not compiled, or changed since: run \`npm run build\`.`
      );
    }
    // Compiled CommonJS, loaded on first use (a class without an implementation answers 404).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = fs.existsSync(compiled) ? (require(compiled) as ApexModule) : null;
    this.cache.set(className, loaded);
    return loaded;
  }

  /** Answers an `@salesforce/apex/<Class>.<method>` call the way Lightning reports it to a component. */
  async invoke(
    className: string,
    methodName: string,
    params: unknown,
    context: ApexContext
  ): Promise<ApexResponse> {
    const implementation = this.load(className)?.[methodName];
    if (typeof implementation !== 'function') {
      return failure(
        404,
        `No workbench implementation of ${className}.${methodName}: export it from scripts/workbench/apex/${className}.ts.`,
        'System.NoSuchMethodException'
      );
    }
    const args = params && typeof params === 'object' && !Array.isArray(params) ? params : {};
    try {
      const result: unknown = await (implementation as (p: unknown, c: ApexContext) => unknown)(
        args,
        context
      );
      // JSON round trip: what the component gets is what Apex would serialize (no undefined, dates as strings).
      return { status: 200, body: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
    } catch (error) {
      // By name too: under Jest the runtime is the TypeScript source while implementations load the compiled
      // apex-runtime.js, so the class an implementation throws is not this module's.
      if (
        error instanceof AuraHandledException ||
        (error as Error | undefined)?.name === 'AuraHandledException'
      ) {
        return failure(500, (error as Error).message, 'System.AuraHandledException');
      }
      console.error(`[workbench] ${className}.${methodName} threw:`, error);
      return failure(500, 'An internal server error has occurred', 'System.UnexpectedException');
    }
  }
}

function failure(status: number, message: string, exceptionType: string): ApexResponse {
  return {
    status,
    body: {
      status,
      statusText: status === 404 ? 'Not Found' : 'Server Error',
      ok: false,
      headers: {},
      body: { message, exceptionType, isUserDefinedException: false, stackTrace: null }
    }
  };
}
