package net.utilitynet.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DevnetMainTest {
    @Test
    void parse_allOptions_buildTheConfig() throws Exception {
        DevnetConfig c = DevnetMain.parse(new String[] {"--port", "9000", "--ws-port", "-1", "--host", "0.0.0.0",
                "--data-dir", "/tmp/x", "--block-time", "0"});
        assertEquals(9000, c.port());
        assertEquals(-1, c.wsPort());
        assertEquals("0.0.0.0", c.host());
        assertEquals(Path.of("/tmp/x"), c.dataDir());
        assertEquals(0, c.blockTimeMs());
        assertEquals(21844, c.genesis().chainId());
    }

    @Test
    void parse_defaults_are8545And8546WithTwoSecondBlocks() throws Exception {
        DevnetConfig c = DevnetMain.parse(new String[0]);
        assertEquals(8545, c.port());
        assertEquals(8546, c.wsPort());
        assertEquals(2000, c.blockTimeMs());
        assertEquals("127.0.0.1", c.host());
    }

    @Test
    void parse_badValues_nameTheOption() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DevnetMain.parse(new String[] {"--port", "x"}))
                .getMessage().contains("--port must be a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DevnetMain.parse(new String[] {"--block-time", "-5"}))
                .getMessage().contains("--block-time must be between"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DevnetMain.parse(new String[] {"--genesis", "/no/such.json"}))
                .getMessage().contains("no such file"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DevnetMain.parse(new String[] {"--frobnicate", "1"}))
                .getMessage().contains("unknown option --frobnicate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DevnetMain.parse(new String[] {"--port"}))
                .getMessage().contains("needs a value"));
    }
}
