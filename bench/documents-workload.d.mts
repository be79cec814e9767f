/** Types of `documents-workload.mjs`. */
export declare const DOCUMENTS_WORKLOAD: Readonly<{
  asOf: string;
  unitSize: number;
  units: number;
  batchDocuments: number;
  batchRounds: number;
  runs: number;
}>;
