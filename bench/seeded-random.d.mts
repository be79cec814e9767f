/** Types of `seeded-random.mjs`. */
export declare function seededRandom(seed: number): () => number;
