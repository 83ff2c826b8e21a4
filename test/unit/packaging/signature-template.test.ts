import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { propDigest } from '../../../tizen/sign/digest';
import { SigningIdentity } from '../../../tizen/sign/p12';
import {
  buildSignatureDocument,
  buildSignedInfo,
  canonicalSignedInfo,
  referenceUri,
  wrapBase64,
} from '../../../tizen/sign/signature-template';
import { createSignature } from '../../../tizen/sign/signer';

// The known file set: two names exercise the %2F and %20 encodings.
const FILES: Record<string, string> = {
  'config.xml': '<widget/>\n',
  'css/style.css': 'body { margin: 0 }\n',
  'icon.png': 'png bytes',
  'img/my icon.png': 'more png bytes',
  'index.html': '<!doctype html>\n',
};

function sha256(content: string): string {
  return crypto.createHash('sha256').update(content).digest('base64');
}

/** The author SignedInfo written out by hand from the documented Tizen Studio template. */
function documentedAuthorSignedInfo(): string {
  const reference = (uri: string, digest: string): string =>
    `<Reference URI="${uri}">\n` +
    `<DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"></DigestMethod>\n` +
    `<DigestValue>${digest}</DigestValue>\n` +
    `</Reference>\n`;
  return (
    '<SignedInfo>\n' +
    '<CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"></CanonicalizationMethod>\n' +
    '<SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"></SignatureMethod>\n' +
    reference('config.xml', sha256(FILES['config.xml'])) +
    reference('css%2Fstyle.css', sha256(FILES['css/style.css'])) +
    reference('icon.png', sha256(FILES['icon.png'])) +
    reference('img%2Fmy%20icon.png', sha256(FILES['img/my icon.png'])) +
    reference('index.html', sha256(FILES['index.html'])) +
    '<Reference URI="#prop">\n' +
    '<Transforms>\n' +
    '<Transform Algorithm="http://www.w3.org/2006/12/xml-c14n11"></Transform>\n' +
    '</Transforms>\n' +
    '<DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"></DigestMethod>\n' +
    '<DigestValue>lpo8tUDs054eLlBQXiDPVDVKfw30ZZdtkRs1jd7H5K8=</DigestValue>\n' +
    '</Reference>\n' +
    '</SignedInfo>'
  );
}

function throwawayIdentity(): SigningIdentity {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    certificates: [Buffer.from('leaf certificate'), Buffer.from('intermediate certificate')],
    subject: 'CN=throwaway',
  };
}

describe('the widget signature template', () => {
  let widgetDir: string;

  beforeAll(() => {
    widgetDir = fs.mkdtempSync(path.join(os.tmpdir(), 'signature-template-'));
    for (const [file, content] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(widgetDir, file)), { recursive: true });
      fs.writeFileSync(path.join(widgetDir, file), content);
    }
  });

  afterAll(() => fs.rmSync(widgetDir, { recursive: true, force: true }));

  it("writes an author <SignedInfo> byte-identical to Tizen Studio's for the same files", () => {
    const document = createSignature(widgetDir, 'author', throwawayIdentity());
    const signedInfo = /<SignedInfo>[\s\S]*<\/SignedInfo>/.exec(document)?.[0];
    expect(signedInfo).toBe(documentedAuthorSignedInfo());
  });

  it('gives the distributor signature a reference to author-signature.xml and the distributor #prop digest', () => {
    fs.writeFileSync(path.join(widgetDir, 'author-signature.xml'), 'author signature');
    fs.writeFileSync(path.join(widgetDir, 'signature1.xml'), 'old distributor signature');
    try {
      const document = createSignature(widgetDir, 'distributor', throwawayIdentity());
      const uris = [...document.matchAll(/<Reference URI="([^"]*)">/g)].map((match) => match[1]);
      expect(uris).toEqual([
        'author-signature.xml',
        'config.xml',
        'css%2Fstyle.css',
        'icon.png',
        'img%2Fmy%20icon.png',
        'index.html',
        '#prop',
      ]);
      expect(document).toContain('<DigestValue>u/jU3U4Zm5ihTMSjKGlGYbWzDfRkGphPPHx3gJIYEJ4=</DigestValue>');
      expect(document).toContain('<dsp:Role URI="http://www.w3.org/ns/widgets-digsig#role-distributor">');
      expect(
        document.startsWith('<Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="DistributorSignature">\n'),
      ).toBe(true);
    } finally {
      fs.rmSync(path.join(widgetDir, 'author-signature.xml'));
      fs.rmSync(path.join(widgetDir, 'signature1.xml'));
    }
  });

  it('computes the documented #prop digests from the C14N 1.1 form of the Object', () => {
    expect(propDigest('author')).toBe('lpo8tUDs054eLlBQXiDPVDVKfw30ZZdtkRs1jd7H5K8=');
    expect(propDigest('distributor')).toBe('u/jU3U4Zm5ihTMSjKGlGYbWzDfRkGphPPHx3gJIYEJ4=');
  });

  it('percent-encodes reference URIs like encodeURIComponent', () => {
    expect(referenceUri('css/style.css')).toBe('css%2Fstyle.css');
    expect(referenceUri('img/my icon.png')).toBe('img%2Fmy%20icon.png');
    expect(referenceUri("a+b(1)!~*'.js")).toBe("a%2Bb(1)!~*'.js");
  });

  it('signs the exclusive-C14N form of SignedInfo, which carries the xmldsig namespace', () => {
    const signedInfo = buildSignedInfo([{ path: 'index.html', digest: 'abc=' }], propDigest('author'));
    expect(canonicalSignedInfo(signedInfo)).toBe(
      signedInfo.replace('<SignedInfo>', '<SignedInfo xmlns="http://www.w3.org/2000/09/xmldsig#">'),
    );
  });

  it('lays the signature file out as Tizen Studio does: no XML declaration, value wrapped at 76, certificates leaf first', () => {
    const value = 'A'.repeat(200);
    const document = buildSignatureDocument({
      role: 'author',
      signedInfo: '<SignedInfo>\n</SignedInfo>',
      signatureValue: value,
      certificates: [Buffer.from('leaf'), Buffer.from('ca')],
    });
    expect(document).toBe(
      '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="AuthorSignature">\n' +
        '<SignedInfo>\n</SignedInfo>\n' +
        `<SignatureValue>\n${'A'.repeat(76)}\n${'A'.repeat(76)}\n${'A'.repeat(48)}\n</SignatureValue>\n` +
        '<KeyInfo>\n<X509Data>\n' +
        `<X509Certificate>\n${Buffer.from('leaf').toString('base64')}\n</X509Certificate>\n` +
        `<X509Certificate>\n${Buffer.from('ca').toString('base64')}\n</X509Certificate>\n` +
        '</X509Data>\n</KeyInfo>\n' +
        '<Object Id="prop"><SignatureProperties xmlns:dsp="http://www.w3.org/2009/xmldsig-properties">' +
        '<SignatureProperty Id="profile" Target="#AuthorSignature"><dsp:Profile URI="http://www.w3.org/ns/widgets-digsig#profile"></dsp:Profile></SignatureProperty>' +
        '<SignatureProperty Id="role" Target="#AuthorSignature"><dsp:Role URI="http://www.w3.org/ns/widgets-digsig#role-author"></dsp:Role></SignatureProperty>' +
        '<SignatureProperty Id="identifier" Target="#AuthorSignature"><dsp:Identifier></dsp:Identifier></SignatureProperty>' +
        '</SignatureProperties></Object>\n' +
        '</Signature>',
    );
    expect(wrapBase64('')).toBe('');
  });
});
