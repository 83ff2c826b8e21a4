import type { DoctorReport, DoctorStep } from '../../xtream';

/** One line of the connection check as the sign-in page shows it. */
export interface DoctorLine {
  mark: '✓' | '✗' | '!';
  text: string;
  status: DoctorStep['status'];
}

const MARKS: Record<Exclude<DoctorStep['status'], 'skipped'>, DoctorLine['mark']> = {
  ok: '✓',
  fixed: '✓',
  warning: '!',
  failed: '✗',
};

/** The report's steps worth showing (skipped ones are left out), each with its ✓/✗/! mark. */
export function doctorLines(report: DoctorReport): DoctorLine[] {
  const lines: DoctorLine[] = [];
  report.steps.forEach((step) => {
    if (step.status === 'skipped') return;
    lines.push({ mark: MARKS[step.status], text: step.detail, status: step.status });
  });
  return lines;
}
