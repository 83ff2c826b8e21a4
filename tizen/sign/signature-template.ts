// The widget signature written as fixed text, exactly in the form Tizen Studio writes (W3C widgets-digsig).
// Every element is spelled out in canonical form (no self-closing tags, fixed attribute order), so no
// XML canonicalizer is needed: exclusive C14N of <SignedInfo> only adds the namespace to its start tag.
import { SignatureRole } from './widget-files';

const XMLDSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const C14N_11 = 'http://www.w3.org/2006/12/xml-c14n11';
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';

/** How each signature is named: its file at the widget root, its Id and its role URI. */
export const SIGNATURE_KINDS: Readonly<Record<SignatureRole, { fileName: string; id: string; roleUri: string }>> = {
  author: {
    fileName: 'author-signature.xml',
    id: 'AuthorSignature',
    roleUri: 'http://www.w3.org/ns/widgets-digsig#role-author',
  },
  distributor: {
    fileName: 'signature1.xml',
    id: 'DistributorSignature',
    roleUri: 'http://www.w3.org/ns/widgets-digsig#role-distributor',
  },
};

/** One file reference: the widget-relative path and the base64 SHA-256 of its bytes. */
export interface FileDigest {
  path: string;
  digest: string;
}

/** A reference URI as Tizen writes it: `encodeURIComponent` of the relative path (`/` → `%2F`, space → `%20`). */
export function referenceUri(relativePath: string): string {
  return encodeURIComponent(relativePath);
}

function fileReference({ path, digest }: FileDigest): string {
  return (
    `<Reference URI="${referenceUri(path)}">\n` +
    `<DigestMethod Algorithm="${SHA256}"></DigestMethod>\n` +
    `<DigestValue>${digest}</DigestValue>\n` +
    `</Reference>\n`
  );
}

function propReference(propDigest: string): string {
  return (
    `<Reference URI="#prop">\n` +
    `<Transforms>\n<Transform Algorithm="${C14N_11}"></Transform>\n</Transforms>\n` +
    `<DigestMethod Algorithm="${SHA256}"></DigestMethod>\n` +
    `<DigestValue>${propDigest}</DigestValue>\n` +
    `</Reference>\n`
  );
}

/** The `<SignedInfo>` element: one reference per file in the given order, then `#prop`. */
export function buildSignedInfo(files: readonly FileDigest[], propDigest: string): string {
  return (
    `<SignedInfo>\n` +
    `<CanonicalizationMethod Algorithm="${EXC_C14N}"></CanonicalizationMethod>\n` +
    `<SignatureMethod Algorithm="${RSA_SHA256}"></SignatureMethod>\n` +
    files.map(fileReference).join('') +
    propReference(propDigest) +
    `</SignedInfo>`
  );
}

/** The bytes that are signed: exclusive C14N of `<SignedInfo>`, which renders the inherited default namespace. */
export function canonicalSignedInfo(signedInfo: string): string {
  if (!signedInfo.startsWith('<SignedInfo>')) throw new Error('canonicalSignedInfo: not a <SignedInfo> element');
  return `<SignedInfo xmlns="${XMLDSIG_NS}">` + signedInfo.slice('<SignedInfo>'.length);
}

function signatureProperties(role: SignatureRole): string {
  const { id, roleUri } = SIGNATURE_KINDS[role];
  return (
    `<SignatureProperties xmlns:dsp="http://www.w3.org/2009/xmldsig-properties">` +
    `<SignatureProperty Id="profile" Target="#${id}"><dsp:Profile URI="http://www.w3.org/ns/widgets-digsig#profile"></dsp:Profile></SignatureProperty>` +
    `<SignatureProperty Id="role" Target="#${id}"><dsp:Role URI="${roleUri}"></dsp:Role></SignatureProperty>` +
    `<SignatureProperty Id="identifier" Target="#${id}"><dsp:Identifier></dsp:Identifier></SignatureProperty>` +
    `</SignatureProperties>`
  );
}

/** The `<Object Id="prop">` element as it appears in the signature file. */
export function buildPropObject(role: SignatureRole): string {
  return `<Object Id="prop">${signatureProperties(role)}</Object>`;
}

/** The C14N 1.1 form of `<Object Id="prop">`, whose digest the `#prop` reference carries. */
export function canonicalPropObject(role: SignatureRole): string {
  return `<Object xmlns="${XMLDSIG_NS}" Id="prop">${signatureProperties(role)}</Object>`;
}

/** Base64 wrapped at 76 characters per line, as Tizen Studio writes SignatureValue. */
export function wrapBase64(base64: string): string {
  return base64.match(/.{1,76}/g)?.join('\n') ?? '';
}

/** Everything that goes into one signature file. */
export interface SignatureParts {
  role: SignatureRole;
  signedInfo: string;
  /** Base64 RSA signature over `canonicalSignedInfo(signedInfo)`. */
  signatureValue: string;
  /** DER certificates, signer first, then intermediates (no self-signed root). */
  certificates: readonly Buffer[];
}

/** The whole signature file (no XML declaration, as Tizen Studio writes it). */
export function buildSignatureDocument(parts: SignatureParts): string {
  const { id } = SIGNATURE_KINDS[parts.role];
  const certificates = parts.certificates
    .map((der) => `<X509Certificate>\n${der.toString('base64')}\n</X509Certificate>\n`)
    .join('');
  return (
    `<Signature xmlns="${XMLDSIG_NS}" Id="${id}">\n` +
    parts.signedInfo +
    `\n<SignatureValue>\n${wrapBase64(parts.signatureValue)}\n</SignatureValue>\n` +
    `<KeyInfo>\n<X509Data>\n${certificates}</X509Data>\n</KeyInfo>\n` +
    buildPropObject(parts.role) +
    `\n</Signature>`
  );
}
