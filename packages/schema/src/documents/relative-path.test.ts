import { describe, expect, it } from 'vitest';
import { relativePath } from './relative-path.js';

describe('relativePath', () => {
  it.each([
    ['', 'case.json', 'case.json'],
    ['riv.json', './case.json', 'case.json'],
    ['delen/pva.json', 'case.json', 'delen/case.json'],
    ['delen/pva.json', '../case.json', 'case.json'],
    ['pva.json', '../gedeeld/case.json', '../gedeeld/case.json'],
    ['../a/pva.json', '../case.json', '../case.json'],
    ['delen\\pva.json', 'case.json', 'delen/case.json'],
    ['delen/pva.json', '/data/case.json', '/data/case.json'],
    ['delen/pva.json', 'C:\\data\\case.json', 'C:/data/case.json'],
    ['/data/riv/pva.json', '../case.json', '/data/case.json'],
  ])('relativePath(%j, %j) is %j', (from, path, expected) => {
    expect(relativePath(from, path)).toBe(expected);
  });
});
