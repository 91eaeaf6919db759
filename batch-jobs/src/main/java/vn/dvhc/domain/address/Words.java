package vn.dvhc.domain.address;

/**
 * The words of one text, read once: for each word its folded key (no diacritics, lower case: {@code hoa}), its
 * tone key (diacritics kept, tone mark moved to the end so that {@code Hòa} and {@code Hoà} agree: {@code hoa2}),
 * where it stands in the text as written, and which segment it is in.
 *
 * <p>How the text is cut: letters and digits make words; an apostrophe glues ({@code H' Neng}, {@code H'Neng} and
 * {@code HNeng} are one word); a short letter run followed by digits is two words ({@code P3}, {@code Q.1},
 * {@code F03} read as {@code p 3}, {@code q 1}, {@code f 3}); numbers lose leading zeros. Commas, semicolons,
 * brackets, line breaks and a dash with a blank beside it end a segment ({@code TT-Huế} stays one segment).
 * The keys of a run of words are the words' keys joined by one blank, so a phrase key is one substring.
 */
final class Words {

    private final String text;
    private final String folded;
    private final String toned;
    private final int[] foldStart;
    private final int[] foldEnd;
    private final int[] toneStart;
    private final int[] toneEnd;
    private final int[] rawStart;
    private final int[] rawEnd;
    private final int[] segment;
    private final int[] clause;
    private final boolean[] number;
    private final boolean diacritics;
    private final int size;

    Words(WordSplitter b) {
        text = b.text;
        folded = b.folded.toString();
        toned = b.toned.toString();
        size = b.size;
        foldStart = b.foldStart;
        foldEnd = b.foldEnd;
        toneStart = b.toneStart;
        toneEnd = b.toneEnd;
        rawStart = b.rawStart;
        rawEnd = b.rawEnd;
        segment = b.segment;
        clause = b.clause;
        number = b.number;
        diacritics = b.diacritics;
    }

    static Words of(String text) {
        return new WordSplitter(text == null ? "" : text).read();
    }

    String text() {
        return text;
    }

    int size() {
        return size;
    }

    /** True when the text carries any diacritic: its writer types them, so their absence in a word means something. */
    boolean hasDiacritics() {
        return diacritics;
    }

    String fold(int word) {
        return folded.substring(foldStart[word], foldEnd[word]);
    }

    boolean foldIs(int word, String key) {
        return foldEnd[word] - foldStart[word] == key.length() && folded.startsWith(key, foldStart[word]);
    }

    /** Folded key of words {@code [from, to)}. */
    String foldKey(int from, int to) {
        return folded.substring(foldStart[from], foldEnd[to - 1]);
    }

    String toneKey(int from, int to) {
        return toned.substring(toneStart[from], toneEnd[to - 1]);
    }

    /** Length of the folded key of words {@code [from, to)} without building it. */
    int foldLength(int from, int to) {
        return foldEnd[to - 1] - foldStart[from];
    }

    /** True when the word carries no diacritic (its tone key is its folded key). */
    boolean plain(int word) {
        return toneEnd[word] - toneStart[word] == foldEnd[word] - foldStart[word];
    }

    boolean isNumber(int word) {
        return number[word];
    }

    /** A word that starts with a digit: a house number ({@code 12}, {@code 12A}, {@code 3B}). */
    boolean startsWithDigit(int word) {
        char c = folded.charAt(foldStart[word]);
        return c >= '0' && c <= '9';
    }

    int segment(int word) {
        return segment[word];
    }

    /**
     * True when the word opens a clause: like a segment, but a dash with blanks does not end one, since it also
     * joins the parts of a name ({@code Phường Văn Miếu - Quốc Tử Giám}).
     */
    boolean opensClause(int word) {
        return word == 0 || clause[word] != clause[word - 1];
    }

    /** True when the word opens a segment: the first word, or the first after a comma, semicolon or dash. */
    boolean opensSegment(int word) {
        return word == 0 || segment[word] != segment[word - 1];
    }

    int rawStart(int word) {
        return rawStart[word];
    }

    int rawEnd(int word) {
        return rawEnd[word];
    }

    /** The words {@code [from, to)} exactly as written. */
    String written(int from, int to) {
        return text.substring(rawStart[from], rawEnd[to - 1]);
    }

    /** The text before a word, as written, without the separators and blanks that end it. */
    String before(int word) {
        int end = word < size ? rawStart[word] : text.length();
        return trimSeparators(text.substring(0, end));
    }

    /** Without the blanks and separators at either end: what is left is still a substring of the text. */
    static String trimSeparators(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSeparator(s.charAt(from))) {
            from++;
        }
        while (to > from && isSeparator(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || ",;|/.:-\u2013\u2014(".indexOf(c) >= 0;
    }
}
