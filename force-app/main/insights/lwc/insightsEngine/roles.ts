/**
 * Contact title → role group. Apex can only group by the free-text `Contact.Title`, so the engine maps titles
 * to role groups: explicit overrides first, then keyword rules (first match wins), else `Other`.
 */
import type { RoleGroup } from './types';

const ROLE_RULES: [RoleGroup, RegExp][] = [
  [
    'Finance',
    /\b(cfo|chief financial|controller|finance|financial|accountant|accounting|treasurer|billing)\b/i
  ],
  ['Executive', /\b(ceo|cto|cio|coo|chief|president|vp|vice president|founder|owner|director general)\b/i],
  ['IT Admin', /\b(it|admin|administrator|sysadmin|system|systems|platform|infrastructure|security)\b/i],
  ['Developer', /\b(developer|engineer|architect|programmer|devops)\b/i],
  ['Manager', /\b(manager|head|director|lead|supervisor)\b/i],
  [
    'End User',
    /\b(representative|agent|specialist|coordinator|analyst|associate|assistant|user|consultant|clerk)\b/i
  ]
];

const ROLE_NAMES = new Set<string>([
  'Executive',
  'Manager',
  'IT Admin',
  'Developer',
  'Finance',
  'End User',
  'Other'
]);

/** The role group of a contact title; a role group's own name maps to itself (pre-grouped input). */
export function roleGroupOfTitle(title: string, overrides?: Record<string, RoleGroup>): RoleGroup {
  const trimmed = (title ?? '').trim();
  const override = overrides?.[trimmed];
  if (override) return override;
  if (ROLE_NAMES.has(trimmed)) return trimmed as RoleGroup;
  for (const [group, pattern] of ROLE_RULES) if (pattern.test(trimmed)) return group;
  return 'Other';
}
