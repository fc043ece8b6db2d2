/// <reference path="./apex-method.d.ts" />
/**
 * InsightsController: the aggregates the analysis module `c/insightsEngine` reads. The DTOs are the module's own
 * input types (InsightsDto.cls mirrors them field by field), plus the lists that hit their row limit.
 */
declare module '@salesforce/apex/InsightsController' {
  /** InsightsDto.CourseJourneyInput */
  export type CourseJourneyInput =
    import('../../main/insights/lwc/insightsEngine/types').CourseJourneyInput & {
      /** Whether a query hit its row limit (the figures then cover the largest groups only). */
      truncated: boolean;
    };
  /** InsightsDto.InsightsInput */
  export type InsightsInput = import('../../main/insights/lwc/insightsEngine/types').InsightsInput & {
    /** Names of the lists whose query hit its row limit. */
    truncated: string[];
  };
}

declare module '@salesforce/apex/InsightsController.getCourseJourneyInput' {
  import type { CourseJourneyInput } from '@salesforce/apex/InsightsController';
  /** @AuraEnabled(cacheable=true) public static InsightsDto.CourseJourneyInput getCourseJourneyInput(Id courseId) */
  const getCourseJourneyInput: ApexMethod<{ courseId: string }, CourseJourneyInput>;
  export default getCourseJourneyInput;
}

declare module '@salesforce/apex/InsightsController.getInsightsInput' {
  import type { InsightsInput } from '@salesforce/apex/InsightsController';
  /** @AuraEnabled(cacheable=true) public static InsightsDto.InsightsInput getInsightsInput() */
  const getInsightsInput: ApexMethod<void, InsightsInput>;
  export default getInsightsInput;
}
