// ACM: ImportCertificate's certificate, chain and private key are blobs, which CloudTrail writes as the
// service's Java ByteBuffer objects (`{ hb: [...], offset, isReadOnly, bigEndian, ... }`): any value.
import type { Overlay } from '../overlay.js'

export const acm: Overlay = {
  memberTypes: { ImportCertificateRequest: { Certificate: 'd', PrivateKey: 'd', CertificateChain: 'd' } },
  evidence: [
    { record: 'awsdoc-certificate__4.json', eventName: 'ImportCertificate', shows: 'certificate, privateKey, certificateChain as ByteBuffer objects' },
  ],
}
