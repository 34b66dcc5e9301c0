package net.utilitynet.app.cli;

import net.utilitynet.wallet.keystore.ScryptCost;
import picocli.CommandLine.Option;

/** Mixin for commands that encrypt: {@code --light-kdf} picks geth's light scrypt cost instead of the standard one. */
public final class LightKdfOption {

    @Option(names = "--light-kdf",
            description = "Use a light scrypt cost (N=2^12, like geth --lightkdf): faster, less memory, weaker against guessing.")
    private boolean light;

    ScryptCost cost() {
        return light ? ScryptCost.LIGHT : ScryptCost.STANDARD;
    }
}
