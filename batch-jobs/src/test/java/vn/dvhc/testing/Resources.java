package vn.dvhc.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test resources as files. */
public final class Resources {

    private Resources() {
    }

    /** A test resource of this module, e.g. {@code official/nso-conversion-2025-07.csv}. */
    public static Path path(String name) {
        URL url = Resources.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    /** The official files as published (shared/reference/official, shipped as test resources). */
    public static Path official(String name) {
        return path("official/" + name);
    }

    /** The folder of the built-in bundle, as the product ships it. */
    public static Path builtInBundle() {
        return path("vn/dvhc/catalog/builtin/old-communes.csv").getParent();
    }
}
