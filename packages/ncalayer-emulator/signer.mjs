// Real signatures with the fixtures' private keys, for the Node emulator.
import { createSignedData } from './cms.mjs';
import { signXmlDocument } from './xml-sign.mjs';

/** @returns {import('./responder.mjs').Signer} */
export function createNodeSigner() {
  return {
    async cms({ fixture, content, encapsulate, digested }) {
      return createSignedData({ certificatePem: fixture.certificate, privateKeyPem: fixture.privateKey, content, encapsulate, digested });
    },
    async xml({ fixture, xml, signatureParentXPath }) {
      return signXmlDocument({ xml, certificatePem: fixture.certificate, privateKeyPem: fixture.privateKey, signatureParentXPath });
    },
  };
}
