package vn.dvhc.testing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.dvhc.catalog.format.SourceFiles;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/** Source files held in memory, for fuzzing and for small hand-made cases. */
public final class InMemoryFiles implements SourceFiles {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public InMemoryFiles put(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    public InMemoryFiles put(String name, String content) {
        return put(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean exists(String name) {
        return files.containsKey(name);
    }

    @Override
    public byte[] bytes(String name) {
        byte[] content = files.get(name);
        if (content == null) {
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, "file not found", Location.of(name, 0), null);
        }
        return content;
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public String label(String name) {
        return name;
    }
}
