package vn.dvhc.cli.warm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmPlaceTest {

    @TempDir
    Path temp;

    @Test
    void theFolderIsMadeForTheUserAlone() throws IOException {
        WarmPlace place = WarmPlace.in(temp.resolve("dvhc")).orElseThrow();
        assertThat(place.folder()).isEqualTo(temp.resolve("dvhc"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(place.folder()))).isEqualTo("rwx------");
        assertThat(place.socket().getFileName().toString()).isEqualTo("warm-" + WarmPlace.thisBuild() + ".sock");
    }

    @Test
    void aFolderOthersCanEnterIsNoPlaceForIt() throws IOException {
        Files.createDirectory(temp.resolve("dvhc"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(temp.resolve("dvhc"), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(WarmPlace.in(temp.resolve("dvhc"))).isEmpty();
    }

    @Test
    void aRebuiltJarIsAnotherBuild() throws IOException {
        Path jar = Files.writeString(temp.resolve("dvhc.jar"), "classes");
        String classPath = jar + File.pathSeparator + temp.resolve("lib.jar");
        String before = WarmPlace.build("/usr/lib/jvm/17", classPath);
        assertThat(WarmPlace.build("/usr/lib/jvm/17", classPath)).isEqualTo(before);
        assertThat(WarmPlace.build("/usr/lib/jvm/21", classPath)).as("another Java").isNotEqualTo(before);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2_000));
        assertThat(WarmPlace.build("/usr/lib/jvm/17", classPath)).as("the jar rebuilt").isNotEqualTo(before);
    }

    @Test
    void forJavaDashJarTheJarsItsManifestNamesAreTheBuildToo() throws IOException {
        Path lib = Files.createDirectories(temp.resolve("lib"));
        Path jobs = Files.writeString(lib.resolve("dvhc-batch-jobs.jar"), "classes");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/dvhc-batch-jobs.jar lib/other.jar");
        Path jar = temp.resolve("dvhc.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.closeEntry();
        }
        String before = WarmPlace.build("/usr/lib/jvm/17", jar.toString());

        Files.writeString(jobs, "classes of a new build");
        assertThat(WarmPlace.build("/usr/lib/jvm/17", jar.toString()))
                .as("a library rebuilt beside a jar that was not written again").isNotEqualTo(before);
    }
}
