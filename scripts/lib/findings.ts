/**
 * A problem an offline verifier found. Every verifier returns a list of these; an empty list means the
 * check passed. `file` is relative to the repository root.
 */
export interface Finding {
  /** Which verifier reported it, e.g. `apex-semantic`, `soql-fields`, `lwc-compile`. */
  check: string;
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export function formatFinding(f: Finding): string {
  const where = f.line ? `${f.file}:${f.line}${f.column ? `:${f.column}` : ''}` : f.file;
  return `[${f.check}] ${where} ${f.message}`;
}
