package vn.dvhc.catalog.format;

import vn.dvhc.error.Location;

/** A value read from a file, with the place it was read from, for error messages. */
public record Sourced<T>(T value, Location at) {
}
