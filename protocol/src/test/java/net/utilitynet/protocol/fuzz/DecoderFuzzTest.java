package net.utilitynet.protocol.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.header.HeaderException;
import net.utilitynet.protocol.poci.ExtraData;
import net.utilitynet.protocol.poci.ExtraDataException;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.rlp.RlpException;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer fuzz targets for the decoders that see untrusted bytes. Invariant: the only failure is the typed
 * exception, and whatever is accepted is canonical (re-encodes to exactly the input). Slow suite:
 * {@code mvn -pl protocol -Pslow test} replays the corpus; {@code JAZZER_FUZZ=1 mvn -pl protocol -Pslow test
 * -Dtest=DecoderFuzzTest#rlpDecode_anyBytes_typedErrorOrCanonical} fuzzes one target for its maxDuration.
 */
@Tag("slow")
class DecoderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void rlpDecode_anyBytes_typedErrorOrCanonical(byte[] input) {
        try {
            assertArrayEquals(input, Rlp.decode(input).encoded());
        } catch (RlpException expected) {
            // typed rejection is the only allowed failure
        }
    }

    @FuzzTest(maxDuration = "60s")
    void extraDataDecode_anyBytes_typedErrorOrCanonical(byte[] input) {
        try {
            assertArrayEquals(input, ExtraData.decode(input).encode());
        } catch (ExtraDataException expected) {
            // typed rejection
        }
    }

    @FuzzTest(maxDuration = "60s")
    void headerDecode_anyBytes_typedErrorOrCanonical(byte[] input) {
        try {
            assertArrayEquals(input, BlockHeader.decode(input).encoded());
        } catch (HeaderException expected) {
            // typed rejection
        }
    }
}
