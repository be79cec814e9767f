/** Types of `template-from-rendered.mjs`. */
export declare function templateFromRendered(
  docx: Uint8Array,
  data: Record<string, unknown>,
): Uint8Array;
