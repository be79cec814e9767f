/**
 * `@poortwachter/schema`: zod schemas of the case file and of every document's content, with
 * Dutch and English messages in the one issue shape, and JSON Schema. Start with
 * {@link parseCase} for a case file and {@link parseDocumentContent} or
 * {@link resolveDocumentContent} for document content.
 *
 * @module @poortwachter/schema
 */
export { bsnSchema } from './bsn/bsn-schema.js';
export { isValidBsn } from './bsn/is-valid-bsn.js';
export { normalizeBsn } from './bsn/normalize-bsn.js';
export { caseEventSchema } from './case/case-event-schema.js';
export { type Case, caseSchema } from './case/case-schema.js';
export { leavePeriodSchema } from './case/leave-period-schema.js';
export { parseCase } from './case/parse-case.js';
export { ruleOptionsSchema } from './case/rule-options-schema.js';
export { sickPeriodSchema } from './case/sick-period-schema.js';
export { spoor2Schema } from './case/spoor2-schema.js';
export { spoor2SkipGroundSchema } from './case/spoor2-skip-ground-schema.js';
export * from './documents/index.js';
export { isoDateSchema } from './fields/iso-date-schema.js';
export { loonheffingennummerSchema } from './fields/loonheffingennummer-schema.js';
export { textSchema } from './fields/text-schema.js';
export { errorMap } from './messages/error-map.js';
export { type MessageParams, messageParams } from './messages/message-params.js';
export { type ParseResult, parseWith } from './messages/parse-with.js';
export type { SchemaIssueCode } from './messages/schema-issue-code.js';
export { authorSchema } from './parties/author-schema.js';
export { bedrijfsartsSchema } from './parties/bedrijfsarts-schema.js';
export { casemanagerSchema } from './parties/casemanager-schema.js';
export { type ContactPerson, contactPersonSchema } from './parties/contact-person-schema.js';
export { employeeSchema } from './parties/employee-schema.js';
export { employerSchema } from './parties/employer-schema.js';
export { type Employment, employmentSchema } from './parties/employment-schema.js';
