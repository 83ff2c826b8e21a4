// Signs an unpacked widget folder: author-signature.xml first, then signature1.xml, which also covers the author's.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { digestFiles, propDigest } from './digest';
import { SigningIdentity } from './p12';
import { buildSignatureDocument, buildSignedInfo, canonicalSignedInfo, SIGNATURE_KINDS } from './signature-template';
import { filesSignedBy, listWidgetFiles, SignatureRole } from './widget-files';

/** The author and distributor identities a widget is signed with. */
export interface WidgetSigners {
  author: SigningIdentity;
  distributor: SigningIdentity;
}

/** The signature file text for `role` over the widget's current files (nothing is written). */
export function createSignature(widgetDir: string, role: SignatureRole, identity: SigningIdentity): string {
  const files = filesSignedBy(role, listWidgetFiles(widgetDir));
  const signedInfo = buildSignedInfo(digestFiles(widgetDir, files), propDigest(role));
  const signatureValue = crypto
    .createSign('RSA-SHA256')
    .update(canonicalSignedInfo(signedInfo), 'utf8')
    .sign(identity.privateKeyPem, 'base64');
  return buildSignatureDocument({ role, signedInfo, signatureValue, certificates: identity.certificates });
}

/** Removes signatures left from an earlier signing, so they are neither signed nor shipped stale. */
function removeOldSignatures(widgetDir: string): void {
  for (const name of fs.readdirSync(widgetDir)) {
    if (name === SIGNATURE_KINDS.author.fileName || /^signature[1-9][0-9]*\.xml$/.test(name)) {
      fs.rmSync(path.join(widgetDir, name));
    }
  }
}

/**
 * Signs the widget folder in place: writes author-signature.xml, then signature1.xml.
 * @throws WidgetFileError when a file cannot be signed (dotfile, non-ASCII name, symlink).
 */
export function signWidget(widgetDir: string, signers: WidgetSigners): void {
  removeOldSignatures(widgetDir);
  for (const role of ['author', 'distributor'] as const) {
    const document = createSignature(widgetDir, role, signers[role]);
    fs.writeFileSync(path.join(widgetDir, SIGNATURE_KINDS[role].fileName), document, 'utf8');
  }
}
