/** The whole data model, in the order the generator writes it. Filled in by the schema modules. */
import type { ObjectSpec } from './types';

export const objects: ObjectSpec[] = [];
