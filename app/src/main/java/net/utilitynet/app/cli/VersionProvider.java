package net.utilitynet.app.cli;

import net.utilitynet.app.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code utilitynet --version}: prints {@code utilitynet <version>}. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"utilitynet " + AppVersion.version()};
    }
}
