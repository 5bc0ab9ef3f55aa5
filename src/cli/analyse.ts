import { CHECK_REPORT_VERSION, type CheckReport, type HouseStyle } from '../core/model';
import { review } from '../core/review';
import { loadParagraphs, UnreadableInputError, type InputFailure } from './inputs';

export interface AnalyseOptions {
  disabledRules: readonly string[];
  /** The house style to check against; null or absent: each document by its own conventions. */
  houseStyle?: HouseStyle | null;
}

/**
 * Reads and checks each file in turn. Unreadable files become failures with a reason; the others go on.
 * `onProgress` is told after every file so long runs can show where they are.
 */
export function analyseFiles(
  files: readonly string[],
  cwd: string,
  options: AnalyseOptions,
  onProgress: (done: number, total: number) => void = () => {},
): { reports: CheckReport[]; failures: InputFailure[] } {
  const reports: CheckReport[] = [];
  const failures: InputFailure[] = [];
  files.forEach((file, n) => {
    try {
      const paragraphs = loadParagraphs(file, cwd);
      const { minutes, problems, trace, unread, meetings } = review(paragraphs, {
        disabledRules: options.disabledRules,
        houseStyle: options.houseStyle ?? null,
      });
      const style = options.houseStyle ? { houseStyle: options.houseStyle.name } : {};
      reports.push({
        schemaVersion: CHECK_REPORT_VERSION,
        file,
        ...minutes,
        problems,
        ...style,
        trace,
        unread,
        ...(meetings ? { meetings } : {}),
      });
    } catch (error) {
      if (!(error instanceof UnreadableInputError)) throw error;
      failures.push({ file, reason: error.reason });
    }
    onProgress(n + 1, files.length);
  });
  return { reports, failures };
}
