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
export { GRAPH_MAX_REQUEST_BYTES, lintDesign, lintRequestBody, lintStartLayoutXml } from './lint';
export type { LayoutFinding, LayoutFindingCode } from './start-layout/layout-codes';
export { ASSIGNED_ACCESS_DOC, LAYOUT_DOC, LAYOUT_FINDING_CODES } from './start-layout/layout-codes';
export type { AllowedApps, DesktopPin } from './start-layout/app-names';
export { friendlyAumidName, friendlyDesktopName, friendlyTileName, suggestDesktopPin } from './start-layout/app-names';
export type { LayoutGroup, LayoutTile, StartLayoutModel, StartLayoutParse, TileSize } from './start-layout/layout-model';
export { LAYOUT_NAMESPACES, TILE_SIZES, TILE_SIZE_NAMES, parseStartLayout } from './start-layout/layout-model';
export { offsetOfLineColumn } from './start-layout/layout-xml';
export type { GenerateOptions, GeneratorTarget, GeneratorTile, SkippedApp } from './start-layout/generate-layout';
export { generateStartLayout, packTiles, suggestGeneratorTiles } from './start-layout/generate-layout';
export type { RuleCode } from './rules/codes';
export { RULE_CODES, RULE_DOC_URLS } from './rules/codes';
export type { ListName, MergeResult } from './rules/entry-key';
export { entryKey, mergeEntries } from './rules/entry-key';
export type { FindingFix, FixResult, ProfileLists } from './rules/fix';
export { applyFix } from './rules/fix';
export type { CatalogApp, CatalogList } from './catalog/catalog';
export { APP_CATALOG, catalogEntries, searchCatalog } from './catalog/catalog';
export type { GraphEnvironment, RequestSnippetInput } from './snippets';
export { SNIPPET_SCOPE, curlSnippet, fetchSnippet, powerShellSnippet, shellSingleQuoted } from './snippets';
export { ASSIGNED_ACCESS_OMA_URI } from './assigned-access/namespaces';
export type { XmlExportResult } from './assigned-access/export-xml';
export type { XmlImportCode, XmlImportNote, XmlImportNoteKind, XmlImportResult } from './assigned-access/import-xml';
// exportAssignedAccessXml, importAssignedAccessXml and checkAssignedAccessRules are imported from
// './assigned-access/*' directly by the lazy dialogs: re-exported here, the bundler keeps them (~24 KB)
// in the first screen's chunk.
export { LOCAL_TEST_SCRIPT_FILE_NAME, localTestScript } from './assigned-access/local-test-script';
export type { CustomConfigurationBody } from './assigned-access/custom-configuration';
export {
  CUSTOM_CONFIGURATION_PATH,
  customConfigurationBody,
  customConfigurationBodyText,
  defaultCustomConfigurationName,
} from './assigned-access/custom-configuration';
export { trimTrailingSlashes } from './url';
