package vn.dvhc.domain.address;

/** Edit distance, only as far as this reader needs it: is one key exactly one edit from another? */
final class Edits {

    private Edits() {
    }

    /**
     * True when {@code b} is {@code a} with one character inserted, deleted or replaced, or two neighbours swapped
     * (the optimal-string-alignment distance is 1).
     */
    static boolean isOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int prefix = 0;
        while (prefix < la && prefix < lb && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (la == lb) {
            if (a.regionMatches(prefix + 1, b, prefix + 1, la - prefix - 1)) {
                return true; // one replaced
            }
            return prefix + 1 < la && a.charAt(prefix) == b.charAt(prefix + 1) && a.charAt(prefix + 1) == b.charAt(prefix)
                    && a.regionMatches(prefix + 2, b, prefix + 2, la - prefix - 2); // two swapped
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        return longer.regionMatches(prefix + 1, shorter, prefix, shorter.length() - prefix); // one inserted
    }
}
