/** One figure of a benchmark run; budgets apply to `value` (the median, for times). */
export interface Figure {
  /** Stable id budgets refer to, e.g. `review.30000`. */
  id: string;
  /** What it measures, for the table. */
  label: string;
  value: number;
  /** ms, syncs, callbacks, bytes, KB, ×, %… */
  unit: string;
  min?: number;
  max?: number;
  runs?: number;
  /** A short note shown beside the figure (sizes, paragraph counts, peak memory…). */
  note?: string;
}

export interface BenchResults {
  generatedAt: string;
  machine: { node: string; platform: string; cpus: number; cpuModel: string; loadAverage: number[] };
  figures: Figure[];
}
