/**
 * What the manifest checker holds a TaskPaneApp manifest to: the problems it reports, the schema's element
 * order, the elements, permissions and locales this project ships, and the limits on strings and ids.
 */
export type ManifestProblemCode =
  | 'xml'
  | 'root'
  | 'missing'
  | 'duplicate'
  | 'unknown-element'
  | 'order'
  | 'id'
  | 'version'
  | 'locale'
  | 'override'
  | 'url'
  | 'string-length'
  | 'resource-id'
  | 'resid'
  | 'permissions'
  | 'hosts'
  | 'requirements';

export interface ManifestProblem {
  readonly code: ManifestProblemCode;
  readonly message: string;
  /** 1-based line in the manifest, when known. */
  readonly line?: number;
}

export const OFFICE_APP_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
export const VERSION_OVERRIDES_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';

/** Top-level elements of a TaskPaneApp in the order the schema demands. */
export const ELEMENT_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
  'ExtendedOverrides',
] as const;

/** The ones this project always ships. */
export const REQUIRED_ELEMENTS = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
] as const;

export const ALLOWED_PERMISSIONS = [
  'Restricted',
  'ReadDocument',
  'ReadAllDocument',
  'WriteDocument',
  'ReadWriteDocument',
] as const;

export const SHORT_STRING_MAX = 125;
export const LONG_STRING_MAX = 250;
export const RESOURCE_ID_MAX = 32;
export const DEFAULT_LOCALE = 'zh-CN';
export const REQUIRED_OVERRIDE_LOCALE = 'en-US';

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;

export type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

/** What kind of resource a `resid` on an element of this local name must point to. */
export const RESID_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};
