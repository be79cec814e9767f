import * as z from 'zod';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * The re-integratiebedrijf of a spoor-2 trajectory and its adviser (`spoor2.provider`).
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}
 * @example
 * ```ts
 * spoor2ProviderSchema.parse({ name: 'Voorbeeld Re-integratie B.V.', adviser: { name: 'Sem Bakker', function: 'Loopbaanadviseur' } });
 * ```
 * @category Case file
 */
export const spoor2ProviderSchema = described(
  z.strictObject({
    name: described(textSchema, 'Naam van het re-integratiebedrijf.', 'Name of the provider.'),
    adviser: described(
      z.strictObject({
        name: described(textSchema, 'Naam van de adviseur.', "The adviser's name."),
        function: described(
          textSchema,
          'Functie van de adviseur, zoals loopbaanadviseur.',
          "The adviser's function, such as career adviser.",
        ).optional(),
      }),
      'De (loopbaan)adviseur van het traject.',
      'The (career) adviser of the trajectory.',
    ).optional(),
  }),
  'Het re-integratiebedrijf dat spoor 2 uitvoert.',
  'The re-integration provider that runs spoor 2.',
);
