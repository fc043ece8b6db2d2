/* Extra ESLint config for Code Analyzer's ESLint engine (on top of its own LWC/SLDS base configs):
 * third-party static resources are minified library builds, not our code — ESLint's rules crash on
 * pdf.js — while the RetireJS engine still scans them for known-vulnerable versions. */
module.exports = [{ ignores: ['**/staticresources/**'] }];
