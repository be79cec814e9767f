export type { Author } from './author.js';
export { type BijstellingContent, bijstellingContentSchema } from './bijstelling-content-schema.js';
export { type CaseReference, caseReferenceSchema } from './case-reference-schema.js';
export { type ContactAgreement, contactAgreementSchema } from './contact-agreement-schema.js';
export { type CopyRecipient, copyRecipientSchema } from './copy-recipient-schema.js';
export {
  type DocumentContent,
  type DocumentContentInput,
  type DocumentKind,
  documentContentSchema,
} from './document-content-schema.js';
export { documentFields } from './document-fields.js';
export { DOCUMENT_FREE_TEXT } from './document-free-text.js';
export { DOCUMENT_KINDS } from './document-kinds.js';
export { DOCUMENT_MESSAGES, type DocumentMessageCode } from './document-messages.js';
export {
  type DossieroverzichtContent,
  dossieroverzichtContentSchema,
} from './dossieroverzicht-content-schema.js';
export {
  type EerstejaarsevaluatieContent,
  eerstejaarsevaluatieContentSchema,
} from './eerstejaarsevaluatie-content-schema.js';
export { type EndGoal, endGoalSchema } from './end-goal-schema.js';
export { type EvaluationMoment, evaluationMomentSchema } from './evaluation-moment-schema.js';
export { type FunctionalSummary, functionalSummarySchema } from './functional-summary-schema.js';
export { type GoalStatus, goalStatusSchema } from './goal-status-schema.js';
export { type Intervention, interventionSchema } from './intervention-schema.js';
export { type OpbouwschemaRow, opbouwschemaRowSchema } from './opbouwschema-row-schema.js';
export { parseDocumentContent } from './parse-document-content.js';
export { type Party, partySchema } from './party-schema.js';
export { type Person, personSchema } from './person-schema.js';
export { type PlanActivity, planActivitySchema } from './plan-activity-schema.js';
export { type PlanChange, planChangeSchema } from './plan-change-schema.js';
export {
  type PlanVanAanpakContent,
  planVanAanpakContentSchema,
} from './plan-van-aanpak-content-schema.js';
export {
  type Eindevaluatie,
  eindevaluatieSchema,
  type OordeelWerknemer,
  oordeelWerknemerSchema,
  type ReIntegratieverslagContent,
  reIntegratieverslagContentSchema,
} from './re-integratieverslag-content-schema.js';
export { relativePath } from './relative-path.js';
export { resolveDocumentContent } from './resolve-document-content.js';
export type {
  ResolvedContentOf,
  ResolvedDocumentContent,
  ResolvedPartContent,
  ResolvedReIntegratieverslagContent,
  ResolvedRivPart,
  WithResolvedCase,
} from './resolved-document-content.js';
export {
  RIV_REFERENCED_KINDS,
  type RivPart,
  type RivPartKind,
  type RivReferencedKind,
  rivPartKindSchema,
  rivPartSchema,
} from './riv-part-schema.js';
export { RIV_PART_TITLES } from './riv-part-titles.js';
export { type Signature, type SignatureRole, signatureSchema } from './signature-schema.js';
export { type Spoor2Decision, spoor2DecisionSchema } from './spoor-2-decision-schema.js';
export {
  type Spoor2EindrapportageContent,
  spoor2EindrapportageContentSchema,
} from './spoor-2-eindrapportage-content-schema.js';
export { type Spoor2Phase, spoor2PhaseSchema } from './spoor-2-phase-schema.js';
export {
  type Spoor2TrajectplanContent,
  spoor2TrajectplanContentSchema,
} from './spoor-2-trajectplan-content-schema.js';
export {
  type Spoor2VoortgangContent,
  spoor2VoortgangContentSchema,
} from './spoor-2-voortgang-content-schema.js';
export { type ThemeFile, themeFileSchema } from './theme-file-schema.js';
