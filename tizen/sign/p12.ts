// Reads a signing key and its certificate chain from a .p12 file (Tizen Studio's and Samsung's are PKCS#12).
import fs from 'node:fs';
import forge from 'node-forge';

/** A private key with the certificates that go into the signature's KeyInfo. */
export interface SigningIdentity {
  /** PEM private key, usable by `node:crypto`. */
  privateKeyPem: string;
  /** DER certificates: the key's own certificate first, then its issuers, self-signed roots left out. */
  certificates: Buffer[];
  /** The signer certificate's subject, e.g. `CN=Test Author`, for messages. */
  subject: string;
}

/** A .p12 file that cannot be used (unreadable, wrong password, no key, no matching certificate). */
export class P12Error extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'P12Error';
  }
}

function describeName(name: forge.pki.Certificate['subject']): string {
  return name.attributes
    .map((attribute) => `${attribute.shortName ?? attribute.name}=${String(attribute.value)}`)
    .join(', ');
}

function certificateDer(certificate: forge.pki.Certificate): Buffer {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary');
}

function isSelfSigned(certificate: forge.pki.Certificate): boolean {
  return certificate.issuer.hash === certificate.subject.hash;
}

function bagsOf(p12: forge.pkcs12.Pkcs12Pfx, bagType: string): forge.pkcs12.Bag[] {
  return p12.getBags({ bagType })[bagType] ?? [];
}

function privateKeyOf(p12: forge.pkcs12.Pkcs12Pfx, file: string): forge.pki.rsa.PrivateKey {
  const bags = [...bagsOf(p12, forge.pki.oids.pkcs8ShroudedKeyBag), ...bagsOf(p12, forge.pki.oids.keyBag)];
  const key = bags.find((bag) => bag.key)?.key;
  if (!key) throw new P12Error(`${file} holds no private key`);
  if (!('n' in key)) throw new P12Error(`${file}: only RSA keys are supported (Tizen signatures are RSA-SHA256)`);
  return key as forge.pki.rsa.PrivateKey;
}

/** Orders the certificates from the key's own up through its issuers, dropping self-signed roots. */
function chainFor(
  key: forge.pki.rsa.PrivateKey,
  certificates: forge.pki.Certificate[],
  file: string,
): forge.pki.Certificate[] {
  const leaf = certificates.find((certificate) => {
    const publicKey = certificate.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n !== undefined && publicKey.n.equals(key.n) && publicKey.e.equals(key.e);
  });
  if (!leaf) throw new P12Error(`${file} holds no certificate for its private key`);
  const chain = [leaf];
  for (let current = leaf; !isSelfSigned(current);) {
    const issuer = certificates.find(
      (candidate) => !chain.includes(candidate) && candidate.subject.hash === current.issuer.hash,
    );
    if (!issuer) break;
    if (isSelfSigned(issuer)) break; // the TV holds the roots; Tizen Studio leaves them out of KeyInfo
    chain.push(issuer);
    current = issuer;
  }
  return chain;
}

/** Parses PEM or DER certificates (a `.cer`/`.crt`/`.pem` file may hold either). */
export function readCertificates(file: string): forge.pki.Certificate[] {
  const bytes = fs.readFileSync(file);
  const text = bytes.toString('latin1');
  if (text.includes('-----BEGIN CERTIFICATE-----')) {
    const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    return blocks.map((pem) => forge.pki.certificateFromPem(pem));
  }
  return [forge.pki.certificateFromAsn1(forge.asn1.fromDer(text))];
}

/**
 * Loads the signing identity from a .p12 file. `extraCertificatesFile` may add issuer certificates
 * the .p12 lacks (some profiles keep the intermediate CA in a separate `.cer`).
 * @throws P12Error with a message naming the file and what is wrong.
 */
export function loadSigningIdentity(file: string, password: string, extraCertificatesFile?: string): SigningIdentity {
  if (!fs.existsSync(file)) throw new P12Error(`${file} does not exist`);
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(fs.readFileSync(file).toString('binary')), password);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new P12Error(`${file} could not be opened (wrong password, or not a .p12 file): ${reason}`);
  }
  const key = privateKeyOf(p12, file);
  const certificates = bagsOf(p12, forge.pki.oids.certBag).flatMap((bag) => (bag.cert ? [bag.cert] : []));
  if (extraCertificatesFile) certificates.push(...readCertificates(extraCertificatesFile));
  const chain = chainFor(key, certificates, file);
  return {
    privateKeyPem: forge.pki.privateKeyToPem(key),
    certificates: chain.map(certificateDer),
    subject: describeName(chain[0].subject),
  };
}
