/**
 * Offline structural check of the XML add-in manifest (TaskPaneApp).
 *
 * Microsoft's validator (`office-addin-manifest validate`) posts the file to a web service and no npm
 * package ships the manifest XSDs, so the rules that matter to us are checked here: the element order
 * the schema requires, the Id, https URLs, resource ids, string lengths, permissions and our locale
 * policy (zh-CN by default, with en-US overrides). Pure: takes the XML text, returns problems.
 */
import {
  childNamed,
  childrenNamed,
  descendants,
  parseXml,
  XmlSyntaxError,
  type XmlElement,
} from '../sheet/xml';

import {
  ALLOWED_PERMISSIONS,
  DEFAULT_LOCALE,
  ELEMENT_ORDER,
  GUID,
  LONG_STRING_MAX,
  OFFICE_APP_NS,
  REQUIRED_ELEMENTS,
  REQUIRED_OVERRIDE_LOCALE,
  RESID_KIND,
  RESOURCE_ID_MAX,
  SHORT_STRING_MAX,
  VERSION,
  VERSION_OVERRIDES_NS,
  type ManifestProblem,
  type ManifestProblemCode,
  type ResourceKind,
} from './schema';

export {
  ALLOWED_PERMISSIONS,
  DEFAULT_LOCALE,
  ELEMENT_ORDER,
  LONG_STRING_MAX,
  REQUIRED_ELEMENTS,
  REQUIRED_OVERRIDE_LOCALE,
  RESOURCE_ID_MAX,
  SHORT_STRING_MAX,
  type ManifestProblem,
  type ManifestProblemCode,
} from './schema';

/** Checks manifest XML text. An empty result means the manifest passed. */
export function checkManifest(xml: string): ManifestProblem[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      return [{ code: 'xml', message: `Not well-formed XML: ${error.message}`, line: error.line }];
    }
    throw error;
  }
  const problems: ManifestProblem[] = [];
  const report = (code: ManifestProblemCode, message: string, at?: XmlElement): void => {
    problems.push(at ? { code, message, line: at.line } : { code, message });
  };

  checkRoot(root, report);
  checkTopLevelOrder(root, report);
  checkId(root, report);
  checkVersion(root, report);
  checkLocaleAndStrings(root, report);
  checkTopLevelUrls(root, report);
  checkHostsAndRequirements(root, report);
  checkPermissions(root, report);
  const versionOverrides = childNamed(root, 'VersionOverrides');
  if (versionOverrides) checkVersionOverrides(versionOverrides, report);
  return problems;
}

/** One line per problem, e.g. `manifest.xml:12: [url] ...`. */
export function formatProblems(problems: readonly ManifestProblem[], fileName = 'manifest.xml'): string {
  return problems
    .map((p) => `${fileName}${p.line === undefined ? '' : `:${p.line}`}: [${p.code}] ${p.message}`)
    .join('\n');
}

type Report = (code: ManifestProblemCode, message: string, at?: XmlElement) => void;

function checkRoot(root: XmlElement, report: Report): void {
  if (root.localName !== 'OfficeApp') {
    report('root', `The root element must be <OfficeApp>, found <${root.name}>.`, root);
    return;
  }
  if (root.attributes.get('xmlns') !== OFFICE_APP_NS) {
    report('root', `<OfficeApp> must declare xmlns="${OFFICE_APP_NS}".`, root);
  }
  if (attributeByLocalName(root, 'type') !== 'TaskPaneApp') {
    report('root', '<OfficeApp> must have xsi:type="TaskPaneApp".', root);
  }
}

function checkTopLevelOrder(root: XmlElement, report: Report): void {
  const order: readonly string[] = ELEMENT_ORDER;
  const seen = new Set<string>();
  let previous: XmlElement | undefined;
  let previousRank = -1;
  for (const child of root.children) {
    const rank = order.indexOf(child.localName);
    if (rank < 0) {
      report('unknown-element', `<${child.name}> is not a known TaskPaneApp element.`, child);
      continue;
    }
    if (seen.has(child.localName)) {
      report('duplicate', `<${child.localName}> appears more than once.`, child);
      continue;
    }
    seen.add(child.localName);
    if (previous && rank < previousRank) {
      report(
        'order',
        `<${child.localName}> must come before <${previous.localName}>. ` +
          `Expected order: ${REQUIRED_ELEMENTS.join(', ')}.`,
        child,
      );
    } else {
      previous = child;
      previousRank = rank;
    }
  }
  for (const name of REQUIRED_ELEMENTS) {
    if (!seen.has(name)) report('missing', `<${name}> is missing.`, root);
  }
}

function checkId(root: XmlElement, report: Report): void {
  const id = childNamed(root, 'Id');
  if (id && !GUID.test(id.text.trim())) {
    report(
      'id',
      `<Id> must be a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e, found "${id.text.trim()}".`,
      id,
    );
  }
}

function checkVersion(root: XmlElement, report: Report): void {
  const version = childNamed(root, 'Version');
  if (version && !VERSION.test(version.text.trim())) {
    report('version', `<Version> must look like 1.0.0.0, found "${version.text.trim()}".`, version);
  }
}

function checkLocaleAndStrings(root: XmlElement, report: Report): void {
  const locale = childNamed(root, 'DefaultLocale');
  if (locale && locale.text.trim() !== DEFAULT_LOCALE) {
    report('locale', `<DefaultLocale> must be ${DEFAULT_LOCALE}, found "${locale.text.trim()}".`, locale);
  }
  const provider = childNamed(root, 'ProviderName');
  if (provider && provider.text.trim() === '') report('missing', '<ProviderName> is empty.', provider);

  for (const [name, max] of [
    ['DisplayName', SHORT_STRING_MAX],
    ['Description', LONG_STRING_MAX],
  ] as const) {
    const element = childNamed(root, name);
    if (element) checkLocalizedString(element, `<${name}>`, max, report);
  }
}

/** DefaultValue plus <Override Locale Value> children: length limits and the required en-US override. */
function checkLocalizedString(element: XmlElement, label: string, max: number, report: Report): void {
  const defaultValue = element.attributes.get('DefaultValue');
  if (defaultValue === undefined || defaultValue.trim() === '') {
    report('missing', `${label} needs a non-empty DefaultValue.`, element);
  } else {
    checkLength(defaultValue, `${label} DefaultValue`, max, element, report);
  }
  const overrides = childrenNamed(element, 'Override');
  for (const override of overrides) {
    const locale = override.attributes.get('Locale') ?? '?';
    checkLength(override.attributes.get('Value') ?? '', `${label} override ${locale}`, max, override, report);
  }
  if (!overrides.some((o) => o.attributes.get('Locale') === REQUIRED_OVERRIDE_LOCALE)) {
    report('override', `${label} needs an <Override Locale="${REQUIRED_OVERRIDE_LOCALE}">.`, element);
  }
}

function checkLength(value: string, label: string, max: number, at: XmlElement, report: Report): void {
  const length = [...value].length;
  if (length > max) {
    report('string-length', `${label} is ${length} characters long; the limit is ${max}.`, at);
  }
}

function checkTopLevelUrls(root: XmlElement, report: Report): void {
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'] as const) {
    const element = childNamed(root, name);
    if (element) checkUrlWithOverrides(element, `<${name}>`, report);
  }
  const appDomains = childNamed(root, 'AppDomains');
  for (const domain of appDomains ? childrenNamed(appDomains, 'AppDomain') : []) {
    checkHttpsUrl(domain.text.trim(), '<AppDomain>', domain, report);
  }
  const settings = childNamed(root, 'DefaultSettings');
  if (settings) {
    const source = childNamed(settings, 'SourceLocation');
    if (source) checkUrlWithOverrides(source, '<DefaultSettings><SourceLocation>', report);
    else report('missing', '<DefaultSettings> needs a <SourceLocation>.', settings);
  }
}

function checkUrlWithOverrides(element: XmlElement, label: string, report: Report): void {
  checkHttpsUrl(element.attributes.get('DefaultValue') ?? '', `${label} DefaultValue`, element, report);
  for (const override of childrenNamed(element, 'Override')) {
    const locale = override.attributes.get('Locale') ?? '?';
    checkHttpsUrl(override.attributes.get('Value') ?? '', `${label} override ${locale}`, override, report);
  }
}

function checkHttpsUrl(value: string, label: string, at: XmlElement, report: Report): void {
  let protocol: string | undefined;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'https:') report('url', `${label} must be an https URL, found "${value}".`, at);
}

function checkHostsAndRequirements(root: XmlElement, report: Report): void {
  const hosts = childNamed(root, 'Hosts');
  if (hosts && !childrenNamed(hosts, 'Host').some((h) => h.attributes.get('Name') === 'Workbook')) {
    report('hosts', '<Hosts> must contain <Host Name="Workbook"/>.', hosts);
  }
  const requirements = childNamed(root, 'Requirements');
  if (requirements) {
    const sets = childNamed(requirements, 'Sets');
    const excelApi = sets
      ? childrenNamed(sets, 'Set').find((s) => s.attributes.get('Name') === 'ExcelApi')
      : undefined;
    if (!excelApi) {
      report(
        'requirements',
        '<Requirements><Sets> must contain <Set Name="ExcelApi" MinVersion="1.1"/>.',
        requirements,
      );
    } else if (!/^\d+\.\d+$/.test(excelApi.attributes.get('MinVersion') ?? '')) {
      report('requirements', 'The ExcelApi requirement set needs a MinVersion such as "1.1".', excelApi);
    }
  }
}

function checkPermissions(root: XmlElement, report: Report): void {
  const permissions = childNamed(root, 'Permissions');
  const allowed: readonly string[] = ALLOWED_PERMISSIONS;
  if (permissions && !allowed.includes(permissions.text.trim())) {
    report(
      'permissions',
      `<Permissions> must be one of ${ALLOWED_PERMISSIONS.join(', ')}, found "${permissions.text.trim()}".`,
      permissions,
    );
  }
}

function checkVersionOverrides(overrides: XmlElement, report: Report): void {
  if (overrides.attributes.get('xmlns') !== VERSION_OVERRIDES_NS) {
    report('root', `<VersionOverrides> must declare xmlns="${VERSION_OVERRIDES_NS}".`, overrides);
  }
  const type = attributeByLocalName(overrides, 'type');
  if (type !== 'VersionOverridesV1_0') {
    report(
      'root',
      `<VersionOverrides> must have xsi:type="VersionOverridesV1_0", found "${type ?? ''}".`,
      overrides,
    );
  }

  // Resource definitions. Nested VersionOverrides (V1_1) may carry their own <Resources>.
  const all = descendants(overrides);
  const defined = new Map<string, ResourceKind>();
  const resourceElements = new Set<XmlElement>();
  for (const resources of all.filter((e) => e.localName === 'Resources')) {
    for (const group of resources.children) {
      const kind = group.localName as ResourceKind;
      if (!['Images', 'Urls', 'ShortStrings', 'LongStrings'].includes(kind)) {
        report('unknown-element', `<${group.name}> is not a known resource group.`, group);
        continue;
      }
      for (const item of group.children) {
        resourceElements.add(item);
        checkResource(item, kind, defined, report);
      }
    }
  }

  // References.
  for (const element of all) {
    if (resourceElements.has(element)) continue;
    const resid = element.attributes.get('resid');
    if (resid === undefined) continue;
    const kind = defined.get(resid);
    const expected = RESID_KIND[element.localName];
    if (kind === undefined) {
      report(
        'resid',
        `<${element.localName} resid="${resid}"> refers to a resource that is not defined.`,
        element,
      );
    } else if (expected !== undefined && kind !== expected) {
      report(
        'resid',
        `<${element.localName} resid="${resid}"> must refer to <bt:${expected}>, but "${resid}" is in <bt:${kind}>.`,
        element,
      );
    }
  }
}

function checkResource(
  item: XmlElement,
  kind: ResourceKind,
  defined: Map<string, ResourceKind>,
  report: Report,
): void {
  const id = item.attributes.get('id');
  if (id === undefined || id === '') {
    report('resource-id', `<${item.name}> in <bt:${kind}> needs an id.`, item);
    return;
  }
  if (defined.has(id)) report('resource-id', `Resource id "${id}" is defined more than once.`, item);
  if (id.length > RESOURCE_ID_MAX) {
    report('resource-id', `Resource id "${id}" is longer than ${RESOURCE_ID_MAX} characters.`, item);
  }
  defined.set(id, kind);

  const label = `<${item.name} id="${id}">`;
  if (kind === 'Images' || kind === 'Urls') {
    checkUrlWithOverrides(item, label, report);
  } else {
    checkLocalizedString(item, label, kind === 'ShortStrings' ? SHORT_STRING_MAX : LONG_STRING_MAX, report);
  }
}

function attributeByLocalName(element: XmlElement, localName: string): string | undefined {
  for (const [name, value] of element.attributes) {
    if (name === localName || name.endsWith(`:${localName}`)) return value;
  }
  return undefined;
}
