/** Types of `footprint-app.mjs`. */
export declare function caseLines(text: string, asOf: string): string[];
export declare function showCase(list: Element, text: string, asOf: string): void;
