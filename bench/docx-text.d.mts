/** Types of `docx-text.mjs`. */
export declare function docxText(docx: Uint8Array): Promise<string>;
