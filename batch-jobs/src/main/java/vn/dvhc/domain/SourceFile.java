package vn.dvhc.domain;

/** A file a release was imported from, recorded with its SHA-256 so that a re-import can be recognised. */
public record SourceFile(String name, String sha256, long bytes) {
}
