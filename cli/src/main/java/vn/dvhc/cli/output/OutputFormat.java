package vn.dvhc.cli.output;

/** How a command prints its result on stdout. */
public enum OutputFormat { text, json }
