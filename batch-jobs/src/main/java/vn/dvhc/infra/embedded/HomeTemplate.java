package vn.dvhc.infra.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A new home's database exactly as the migrations leave it (schema and built-in releases), made once by the build
 * and shipped in the jar, compressed. A new home starts from a copy of it instead of running the migrations: they
 * write some 30,000 rows through Flyway and jOOQ in a server process that has just started, about five seconds
 * against a fraction of one for the copy (docs/decisions/0080-home-template.md). A build without it (a class path
 * made by an IDE) prepares new homes with the migrations, as before.
 */
public final class HomeTemplate {

    /** The resource beside this class; the build writes it into the classes folder (batch-jobs/pom.xml). */
    static final String RESOURCE = "home-template.mv.db.gz";

    private HomeTemplate() {
    }

    /**
     * {@code HomeTemplate OUTPUT}: runs the migrations on a new database in a scratch folder and writes it,
     * compressed, to OUTPUT. Run by the build after the classes are compiled.
     */
    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createTempDirectory("dvhc-home-template");
        try {
            String name = work.resolve(HomeFiles.DATABASE).toString();
            HomePreparation.migrate(name);
            Path built = Path.of(name + ".mv.db");
            Files.createDirectories(output.getParent());
            Path partial = output.resolveSibling(output.getFileName() + ".part");
            try (InputStream in = Files.newInputStream(built);
                 OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                in.transferTo(out);
            }
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (Stream<Path> left = Files.list(work)) {
                for (Path file : left.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(work);
        }
    }

    /**
     * Writes the template's database into {@code file} (an H2 {@code .mv.db} file), if this build has one.
     *
     * @return false, leaving no file, when the class path holds no template
     */
    static boolean copyTo(Path file) throws IOException {
        InputStream resource = HomeTemplate.class.getResourceAsStream(RESOURCE);
        if (resource == null) {
            return false;
        }
        try (InputStream in = new GZIPInputStream(resource, 1 << 16)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
    }
}
