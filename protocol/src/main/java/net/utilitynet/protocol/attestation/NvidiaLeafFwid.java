package net.utilitynet.protocol.attestation;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;

/**
 * The firmware id (FWID) NVIDIA certifies in the attestation leaf: Hopper and NVSwitch put it in
 * extension 2.23.133.5.4.1, Blackwell in the TCG DICE TcbInfo extension 2.23.133.5.4.1.1 (first
 * entry of {@code fwids}). In both it is the first {@code SEQUENCE { sha384, OCTET STRING(48) }}.
 */
final class NvidiaLeafFwid {
    static final String HOPPER_EXTENSION = "2.23.133.5.4.1";
    static final String TCB_INFO_EXTENSION = "2.23.133.5.4.1.1";
    private static final int SHA384_LENGTH = 48;

    private NvidiaLeafFwid() {
    }

    static Optional<byte[]> of(X509Certificate leaf) throws AttestationException {
        for (String oid : new String[] {TCB_INFO_EXTENSION, HOPPER_EXTENSION}) {
            byte[] extension = leaf.getExtensionValue(oid);
            if (extension != null) {
                try {
                    ASN1Primitive value = ASN1Primitive.fromByteArray(
                            ASN1OctetString.getInstance(extension).getOctets());
                    Optional<byte[]> fwid = findSha384Digest(value);
                    if (fwid.isPresent()) {
                        return fwid;
                    }
                } catch (IOException | IllegalArgumentException e) {
                    throw new AttestationException(AttestationFailure.MALFORMED_CERTIFICATE_CHAIN,
                            "the leaf certificate's FWID extension " + oid + " is not valid DER", e);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<byte[]> findSha384Digest(ASN1Encodable node) {
        ASN1Primitive p = node.toASN1Primitive();
        if (p instanceof ASN1TaggedObject tagged) {
            return findSha384Digest(tagged.getBaseObject());
        }
        if (!(p instanceof ASN1Sequence seq)) {
            return Optional.empty();
        }
        if (seq.size() == 2 && NISTObjectIdentifiers.id_sha384.equals(seq.getObjectAt(0).toASN1Primitive())
                && seq.getObjectAt(1).toASN1Primitive() instanceof ASN1OctetString digest
                && digest.getOctets().length == SHA384_LENGTH) {
            return Optional.of(digest.getOctets());
        }
        for (ASN1Encodable child : seq) {
            Optional<byte[]> found = findSha384Digest(child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
