import * as z from 'zod';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * An author or signatory of a document part: name and function, which UWV needs to recognise
 * the part. Both are optional here so that a document can report a missing one as a finding;
 * unknown keys are errors.
 *
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 * @example
 * ```ts
 * import * as z from 'zod';
 *
 * z.array(authorSchema).parse([{ name: 'P. Bakker', function: 'HR-adviseur' }]);
 * ```
 * @category Parties
 */
export const authorSchema = described(
  z.strictObject({
    name: described(
      textSchema,
      'Naam van de auteur of ondertekenaar.',
      'Name of the author or signatory.',
    ).optional(),
    function: described(
      textSchema,
      'Functie van de auteur of ondertekenaar.',
      'Job title of the author or signatory.',
    ).optional(),
  }),
  'Auteur of ondertekenaar: naam en functie.',
  'Author or signatory: name and job title.',
);
