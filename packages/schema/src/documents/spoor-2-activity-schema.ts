import { z } from 'zod';

/**
 * One activity of a spoor-2 period: its date, type, goal and result.
 *
 * @example
 * ```ts
 * spoor2ActivitySchema.parse({
 *   date: '2025-04-02',
 *   type: 'coaching-op-locatie',
 *   goal: 'Zoekprofiel aanscherpen',
 *   result: 'Drie passende functierichtingen gekozen.',
 * });
 * ```
 * @category Document content
 */
export const spoor2ActivitySchema = z.strictObject({
  date: z.iso.date(),
  type: z.enum([
    'coaching-op-locatie',
    'coaching-thuis',
    'coaching-online',
    'e-learning',
    'training',
    'sollicitatie',
    'werkervaring',
    'overig',
  ]),
  goal: z.string().min(1),
  result: z.string().min(1).optional(),
});

/**
 * A spoor-2 activity (see {@link spoor2ActivitySchema}).
 *
 * @category Document content
 */
export type Spoor2Activity = z.infer<typeof spoor2ActivitySchema>;
