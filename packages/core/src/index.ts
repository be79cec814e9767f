export type * from './types.js';
export { isIsoDate, toDayNumber, toIsoDate, toCivil, fromCivil, isoWeekday, daysInMonth } from './calendar/day-number.js';
export { addMonths } from './calendar/add-months.js';
export type { InputIssue, InputIssueCode } from './input/input-issue.js';
export { PoortwachterInputError } from './input/poortwachter-input-error.js';
export { validateCaseInput } from './input/validate-case-input.js';
