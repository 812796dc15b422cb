/** Kinds of documents PlanDesk knows: the seed format's list (labels live in api/contract/labels). */
export { DOCUMENT_KINDS } from '../../../seeds/schema';
