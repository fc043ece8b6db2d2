/**
 * The type of an `@salesforce/apex/<Class>.<method>` import: callable imperatively with the method's named
 * parameters, and usable with `@wire` (Lightning gives the import a wire adapter, and so does the
 * workbench). Every contract in this folder declares its method with it:
 *
 *     declare module '@salesforce/apex/CourseController.getCourse' {
 *       import type { CourseDto } from '@salesforce/apex/CourseController';
 *       const getCourse: ApexMethod<{ courseId: string }, CourseDto>;
 *       export default getCourse;
 *     }
 *
 * A method without parameters is `ApexMethod<void, Result>`. Self-contained (no other declarations needed),
 * so the workbench's implementations compile against the same contracts.
 */
type ApexMethod<Params extends Record<string, unknown> | void, Result> = {
  (params: Params): Promise<Result>;
  adapter: import('lwc').WireAdapterConstructor<
    Params extends void ? Record<string, never> : Params,
    ApexWiredValue<Result>
  >;
};

/** What `@wire` provisions from an Apex method. */
interface ApexWiredValue<Result> {
  data?: Result;
  error?: ApexError;
}

/** An error from an Apex call, as Lightning reports it (`body.message` is the AuraHandledException's message). */
interface ApexError {
  body?: { message?: string; exceptionType?: string } | { message?: string }[];
  message?: string;
  status?: number;
  statusText?: string;
}
