export { authorSchema, type Author } from './author-schema.js';
export { partySchema, type Party } from './party-schema.js';
export { personSchema, type Person } from './person-schema.js';
export { signatureSchema, type Signature, type SignatureRole } from './signature-schema.js';
export { caseReferenceSchema, type CaseReference } from './case-reference-schema.js';
export { documentFields } from './document-fields.js';
export { endGoalSchema, type EndGoal } from './end-goal-schema.js';
export { planActivitySchema, type PlanActivity } from './plan-activity-schema.js';
export { planChangeSchema, type PlanChange } from './plan-change-schema.js';
export { goalStatusSchema, type GoalStatus } from './goal-status-schema.js';
export { spoor2DecisionSchema, type Spoor2Decision } from './spoor-2-decision-schema.js';
export { spoor2PhaseSchema, type Spoor2Phase } from './spoor-2-phase-schema.js';
export { spoor2ActivitySchema, type Spoor2Activity } from './spoor-2-activity-schema.js';
export { applicationSchema, type Application } from './application-schema.js';
export { functionalSummarySchema, type FunctionalSummary } from './functional-summary-schema.js';
export { opbouwschemaRowSchema, type OpbouwschemaRow } from './opbouwschema-row-schema.js';
export { interventionSchema, type Intervention } from './intervention-schema.js';
export { contactAgreementSchema, type ContactAgreement } from './contact-agreement-schema.js';
export { evaluationMomentSchema, type EvaluationMoment } from './evaluation-moment-schema.js';
export { copyRecipientSchema, type CopyRecipient } from './copy-recipient-schema.js';
export {
  planVanAanpakContentSchema,
  type PlanVanAanpakContent,
} from './plan-van-aanpak-content-schema.js';
export { bijstellingContentSchema, type BijstellingContent } from './bijstelling-content-schema.js';
export {
  eerstejaarsevaluatieContentSchema,
  type EerstejaarsevaluatieContent,
} from './eerstejaarsevaluatie-content-schema.js';
export {
  spoor2TrajectplanContentSchema,
  type Spoor2TrajectplanContent,
} from './spoor-2-trajectplan-content-schema.js';
export {
  spoor2VoortgangContentSchema,
  type Spoor2VoortgangContent,
} from './spoor-2-voortgang-content-schema.js';
export {
  spoor2EindrapportageContentSchema,
  type Spoor2EindrapportageContent,
} from './spoor-2-eindrapportage-content-schema.js';
export {
  RIV_REFERENCED_KINDS,
  rivPartKindSchema,
  rivPartSchema,
  type RivPart,
  type RivPartKind,
  type RivReferencedKind,
} from './riv-part-schema.js';
export {
  reIntegratieverslagContentSchema,
  eindevaluatieSchema,
  oordeelWerknemerSchema,
  type ReIntegratieverslagContent,
  type Eindevaluatie,
  type OordeelWerknemer,
} from './re-integratieverslag-content-schema.js';
export {
  dossieroverzichtContentSchema,
  type DossieroverzichtContent,
} from './dossieroverzicht-content-schema.js';
export {
  documentContentSchema,
  type DocumentContent,
  type DocumentContentInput,
  type DocumentKind,
} from './document-content-schema.js';
export { DOCUMENT_KINDS } from './document-kinds.js';
