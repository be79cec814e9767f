/** Types of `footprint-retained.mjs`. */
export declare function retainedDeclarations(names: string[]): Promise<string[]>;
