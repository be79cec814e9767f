/**
 * The fixed workload of the documents benchmark: the plan van aanpak rendered in units of 4
 * documents, 50 units (200 documents) per side per process run after a warm-up of at least 2 s;
 * the batch part renders 96 documents per round in 8 rounds (one worker, two, two, one, twice)
 * after the workers warmed up for at least 2 s; `asOf` is the day after the plan's date (the
 * completeness check judges the content on it).
 *
 * @example
 * ```js
 * await renderDocument(content, { asOf: DOCUMENTS_WORKLOAD.asOf });
 * ```
 * @category Benchmarks
 */
export const DOCUMENTS_WORKLOAD = Object.freeze({
  asOf: '2024-03-26',
  unitSize: 4,
  units: 50,
  batchDocuments: 96,
  batchRounds: 8,
  runs: 5,
});
