/** Types of `timeline-workload.mjs`. */
export declare const TIMELINE_WORKLOAD: Readonly<{
  cases: number;
  seed: number;
  asOf: string;
  unitSize: number;
  casesPerRun: number;
  runs: number;
  checkedCases: number;
}>;
