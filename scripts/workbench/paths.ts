/**
 * Where the workbench's files are. The server runs compiled from `build/scripts/workbench/`, but rollup
 * bundles the sources (TypeScript, html, css) from `scripts/workbench/`, and the Apex implementations always
 * run as compiled by `npm run build` (also when the server runs under Jest), like the package's LWCs.
 */
import * as path from 'node:path';
import { repoRoot } from '../lib/paths';

/** `scripts/workbench` in the repository, whether this module runs from `scripts/` or `build/scripts/`. */
export const workbenchSourceDir = path.join(repoRoot, 'scripts', 'workbench');
/** The browser app: entry, platform modules, `lwc/wb/*` shell components. */
export const appDir = path.join(workbenchSourceDir, 'app');
export const appModulesDir = path.join(appDir, 'lwc');
export const platformDir = path.join(appDir, 'platform');
/** Apex implementations as `npm run build` compiles them (what the server runs, also under Jest). */
export const apexRuntimeDir = path.join(repoRoot, 'build', 'scripts', 'workbench', 'apex');
/** Apex implementation sources (what the contract check reads). */
export const apexSourceDir = path.join(workbenchSourceDir, 'apex');
/** Bundles, dataset cache. */
export const workbenchBuildDir = path.join(repoRoot, 'build', 'workbench');
export const artifactsDir = path.join(repoRoot, 'artifacts');
