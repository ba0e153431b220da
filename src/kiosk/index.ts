// Public API of the domain core; the only barrel in the codebase. Everything else imports from here.
export type { Finding, FindingCode, Severity } from './findings';
export { FINDING_CODES, childPointer, escapePointerSegment, findingsByPath, pointer } from './findings';
export type { Base64ErrorReason } from './base64';
export { Base64Error, decodeBase64Bytes, decodeBase64Utf8, encodeBase64Bytes, encodeBase64Utf8, utf8ByteLength } from './base64';
export type { Design, DesignDraft, Profile, ProfileDraft } from './schema';
export {
  GUID_PATTERN,
  PROFILE_NAME_MAX_LENGTH,
  designDraftSchema,
  designSchema,
  duplicateProfile,
  newProfile,
  profileDraftSchema,
  profileSchema,
} from './schema';
export type { GraphBody, GraphProfile, ListKey, ReadResult } from './graph-body';
export {
  GRAPH_PROFILE_KEYS,
  LIST_KEYS,
  ODATA_TYPE,
  PROFILES_KEY,
  designIndexOfBodyEntry,
  fromGraphBody,
  toGraphBody,
  toGraphProfile,
} from './graph-body';
export type { XmlCheckResult } from './xml';
export { TextFileError, checkXmlWellFormed, decodeTextFile, locateInText } from './xml';
export { GRAPH_MAX_REQUEST_BYTES, lintDesign, lintRequestBody } from './lint';
