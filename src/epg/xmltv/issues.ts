import type { XmltvIssue, XmltvIssueCode } from './types';

/** Codes that make the parser give up: the rest of the input is not read. */
const FATAL: ReadonlySet<XmltvIssueCode> = new Set<XmltvIssueCode>(['NOT_XMLTV', 'BAD_GZIP']);

/** Codes reported as errors; every other code is a warning. */
const ERRORS: ReadonlySet<XmltvIssueCode> = new Set<XmltvIssueCode>([
  'NOT_XMLTV',
  'BAD_GZIP',
  'TRUNCATED',
  'MALFORMED',
]);

/**
 * Collects errors and warnings with a cap, so a guide with a million bad entities does not keep a million messages.
 */
export class IssueLog {
  readonly errors: XmltvIssue[] = [];
  readonly warnings: XmltvIssue[] = [];
  warningCount = 0;
  /** Set by the first fatal issue. */
  stopped = false;

  constructor(
    private readonly maxIssues: number,
    private readonly listener: ((issue: XmltvIssue) => void) | undefined,
  ) {}

  /** Records an issue; returns it so callers can throw or inspect it. */
  report(code: XmltvIssueCode, message: string, line: number | undefined): XmltvIssue {
    const issue: XmltvIssue = { code, message, line };
    if (ERRORS.has(code)) {
      if (this.errors.length < this.maxIssues) this.errors.push(issue);
    } else {
      this.warningCount++;
      if (this.warnings.length < this.maxIssues) this.warnings.push(issue);
    }
    if (FATAL.has(code)) this.stopped = true;
    if (this.listener) this.listener(issue);
    return issue;
  }

  /** Gives up with `code` (a fatal issue) unless the parser already gave up. */
  fail(code: XmltvIssueCode, message: string, line: number | undefined): void {
    if (this.stopped) return;
    this.report(code, message, line);
    this.stopped = true;
  }
}
