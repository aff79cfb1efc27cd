package app.tandem.practice;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One partner's side of the give-and-receive map: what they value in the other and rely on
 * them for ({@code youBring}), and what they offer ({@code iBring}); one line an item.
 */
public record WhatEachBrings(long authorId, String youBring, String iBring, Instant updatedAt) {

    public static WhatEachBrings empty(long authorId) {
        return new WhatEachBrings(authorId, "", "", null);
    }

    public List<String> youBringItems() {
        return items(youBring);
    }

    public List<String> iBringItems() {
        return items(iBring);
    }

    public boolean written() {
        return updatedAt != null;
    }

    private static List<String> items(String lines) {
        return Arrays.stream(lines.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
