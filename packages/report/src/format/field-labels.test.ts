import type { DocumentKind } from '@poortwachter/schema';
import { describe, expect, it } from 'vitest';
import { REQUIRED_PARTS } from '../completeness/required-parts.js';
import { FIELD_LABELS, fieldPathLabel } from './field-labels.js';

describe('fieldPathLabel', () => {
  it('names a path in Dutch, counting list positions from 1', () => {
    expect(fieldPathLabel(['functionalSummary', 'limitations'])).toBe(
      'Samenvatting probleemanalyse › Beperkingen',
    );
    expect(fieldPathLabel(['activities', 2, 'goal'])).toBe('Activiteiten nr. 3 › Doel');
    expect(fieldPathLabel(['eindevaluatie', 'currentWork'])).toBe(
      'Eindevaluatie › Huidig werk en loon',
    );
  });

  it('gives nothing for a field without a Dutch name, so no English path is ever shown', () => {
    expect(fieldPathLabel(['functionalSummary', 'somethingNew'])).toBeUndefined();
    expect(fieldPathLabel([0])).toBeUndefined();
    expect(fieldPathLabel([])).toBeUndefined();
  });

  it('has a Dutch name for every field the completeness table reports', () => {
    const kinds = Object.keys(REQUIRED_PARTS) as DocumentKind[];
    const unnamed = kinds.flatMap((kind) =>
      REQUIRED_PARTS[kind]
        .map((part) => part.path)
        .filter((path) => fieldPathLabel(path) === undefined)
        .map((path) => `${kind}: ${path.join('.')}`),
    );
    expect(unnamed).toEqual([]);
    expect(Object.values(FIELD_LABELS).every((label) => /^[A-Z]/.test(label))).toBe(true);
  });
});
