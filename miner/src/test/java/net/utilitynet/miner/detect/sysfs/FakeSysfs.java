package net.utilitynet.miner.detect.sysfs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a fake sysfs tree (the files and links the scanner reads) under a temporary root. */
public final class FakeSysfs {
    public final Path root;

    public FakeSysfs(Path root) {
        this.root = root;
        mkdirs(root.resolve("sys/bus/pci/devices"));
    }

    public FakeSysfs pci(String address, String vendor, String device, String pciClass, String driver) {
        Path dir = root.resolve("sys/bus/pci/devices").resolve(address);
        write(dir.resolve("vendor"), vendor + "\n");
        write(dir.resolve("device"), device + "\n");
        write(dir.resolve("class"), pciClass + "\n");
        write(dir.resolve("subsystem_vendor"), vendor + "\n");
        if (driver != null) {
            Path driverDir = root.resolve("sys/bus/pci/drivers").resolve(driver);
            mkdirs(driverDir);
            link(dir.resolve("driver"), dir.relativize(driverDir));
        }
        return this;
    }

    public FakeSysfs file(String address, String name, String content) {
        write(root.resolve("sys/bus/pci/devices").resolve(address).resolve(name), content);
        return this;
    }

    public FakeSysfs moduleVersion(String module, String version) {
        write(root.resolve("sys/module").resolve(module).resolve("version"), version + "\n");
        return this;
    }

    /** sys/class/accel/NAME with a device link to {@code parent} (a PCI address or a platform name). */
    public FakeSysfs accel(String name, String parent) {
        Path node = root.resolve("sys/class/accel").resolve(name);
        mkdirs(node);
        Path target = root.resolve("sys/devices/platform").resolve(parent);
        if (parent.matches("[0-9a-f]{4}:.*")) {
            target = root.resolve("sys/bus/pci/devices").resolve(parent);
        }
        mkdirs(target);
        link(node.resolve("device"), node.relativize(target));
        return devAccel(name);
    }

    public FakeSysfs devAccel(String name) {
        write(root.resolve("dev/accel").resolve(name), "");
        return this;
    }

    private static void write(Path file, String content) {
        mkdirs(file.getParent());
        try {
            Files.writeString(file, content, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
